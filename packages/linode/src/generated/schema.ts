/**
 * This file is generated from specs/linode/openapi.yaml by scripts/codegen.mjs (openapi-typescript).
 * Do not edit it by hand: change the spec and run `npm run generate`.
 */

export interface paths {
    "/linode/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Linodes
         * @description Returns a paginated list of the Linodes on the account. backupkit walks
         *     it to enumerate every instance whose backups can be listed.
         */
        get: operations["getLinodeInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/linode/instances/{linodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a Linode
         * @description One Linode (Linode's "Get a Linode"). backupkit reads its `status` to
         *     follow a restore: the target Linode is `restoring` while a backup is
         *     restored to it, and leaves that state when the restore has ended.
         */
        get: operations["getLinodeInstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/linode/instances/{linodeId}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Backups
         * @description Returns information about this Linode's available backups: the automatic
         *     backups, and the current and in-progress snapshots. Either snapshot slot
         *     is `null` when there is no such snapshot.
         */
        get: operations["getBackups"];
        put?: never;
        /**
         * Create a snapshot
         * @description Creates a snapshot backup of a Linode (Linode's "Create a snapshot",
         *     `linode-cli linodes snapshot`). A Linode has one snapshot slot: if it
         *     already has a snapshot, **that snapshot is deleted** when the new one is
         *     taken. The new snapshot starts as `pending` and appears under
         *     `snapshot.in_progress` of the backup list until it completes. Needs the
         *     Backup service enabled on the Linode. Not idempotent: each call takes a
         *     new snapshot.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/linode/instances/{linodeId}/backups/{backupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Backup View
         * @description Returns information about a Backup.
         */
        get: operations["getBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/linode/instances/{linodeId}/backups/{backupId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a backup
         * @description Restores a Linode's backup to the Linode `linode_id` (Linode's "Restore a
         *     backup"). Only successful backups restore, never across regions, and not
         *     to a Linode that is itself being backed up. With `overwrite: true` every
         *     disk and configuration profile of the target is **deleted** first;
         *     otherwise the backup's disks are added beside the target's, which needs
         *     free space on the target. The restored disk keeps the original disk's
         *     UUID (see Linode's note on UUID collisions when both are mounted).
         */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/linode/instances/{linodeId}/backups/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable backups
         * @description Enables the Backup service for a Linode (Linode's "Enable backups"): it
         *     is then backed up automatically every day and week, at a charge that
         *     depends on its plan. Sends no body. Enabling it again is harmless.
         */
        post: operations["enableBackups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/linode/instances/{linodeId}/backups/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel backups
         * @description Cancels the Backup service of a Linode (Linode's "Cancel backups"). This
         *     **deletes every backup of the Linode**, the automatic ones and the
         *     snapshot, at once and for good. Linode has no call that deletes one
         *     backup; this is the only way to remove them. The service can be enabled
         *     again, but not for 24 hours after cancelling (Linode's note; not checked
         *     here). Sends no body.
         */
        post: operations["cancelBackups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of "Create a snapshot". */
        SnapshotRequest: {
            /**
             * @description A label for the snapshot.
             * @example SnapshotLabel
             */
            label: string;
        };
        /** @description The body of "Restore a backup". */
        RestoreRequest: {
            /**
             * @description The Linode to restore to; it must be in the backup's region.
             * @example 234
             */
            linode_id: number;
            /**
             * @description Delete every disk and configuration profile of the target Linode
             *     before restoring. If false, the restore fails when the target lacks
             *     space for the backup's disks.
             * @default false
             */
            overwrite: boolean;
        };
        /** @description The empty object Linode answers an action with. */
        EmptyObject: Record<string, never>;
        /**
         * @description A timestamp in UTC. Linode's reference labels these `date-time`, but the
         *     API sends them without a zone offset (`2018-01-15T00:01:01`), which RFC
         *     3339 `date-time` forbids; this spec records what is sent. Read them as UTC.
         * @example 2018-01-15T00:01:01
         */
        Timestamp: string;
        /** @description An object representing a Backup or snapshot for a Linode with Backup service enabled. */
        Backup: {
            /**
             * @description The current state of a specific Backup.
             * @enum {string}
             */
            status?: "paused" | "pending" | "running" | "needsPostProcessing" | "successful" | "failed" | "userAborted";
            /** @description The date the Backup was taken. */
            created?: components["schemas"]["Timestamp"];
            /** @description The date the Backup was most recently updated. */
            updated?: components["schemas"]["Timestamp"];
            /** @description The unique ID of this Backup. */
            id?: number;
            /** @description A label for Backups that are of type `snapshot`. */
            label?: string | null;
            /**
             * @description This indicates whether the Backup is an automatic Backup or manual
             *     snapshot taken by the User at a specific point in time.
             * @enum {string}
             */
            type?: "auto" | "snapshot";
            /**
             * @description Whether this Backup is available for restoration.
             *
             *     Backups undergoing maintenance are not available for restoration.
             */
            available?: boolean;
            /** @description The date the Backup completed; `null` while it has not (a snapshot in progress). */
            finished?: components["schemas"]["Timestamp"] | null;
            /** @description A list of the labels of the Configuration profiles that are part of the Backup. */
            configs?: string[];
            /** @description A list of the disks that are part of the Backup. */
            disks?: components["schemas"]["BackupDisk"][];
            /**
             * @description The region of the Linode the Backup was taken of.
             *
             *     Not in Linode's reference: the API sends it, and the official SDKs
             *     record it (the `region` of `LinodeBackup` in @linode/api-v4, the
             *     backups fixture of linode_api4-python).
             * @example us-east
             */
            region?: string;
        };
        /** @description A disk that is part of a Backup. */
        BackupDisk: {
            /** @description The size of the disk, in MB. */
            size?: number;
            /**
             * @description The Disk filesystem can be one of:
             *
             *     - raw - No filesystem, just a raw binary stream.
             *     - swap - Linux swap area.
             *     - ext3 - The ext3 journaling filesystem for Linux.
             *     - ext4 - The ext4 journaling filesystem for Linux.
             *     - initrd - initrd (uncompressed initrd, ext2, max 32 MB).
             * @enum {string}
             */
            filesystem?: "raw" | "swap" | "ext3" | "ext4" | "initrd";
            /** @description The label of the disk. */
            label?: string;
        };
        /** @description A Linode's automatic backups and its snapshots. */
        BackupList: {
            /** @description The automatic backups of this Linode. */
            automatic?: components["schemas"]["Backup"][];
            /** @description The snapshots of this Linode. */
            snapshot?: {
                /** @description The current snapshot, or `null` when there is none. */
                current?: components["schemas"]["Backup"] | null;
                /** @description The snapshot being taken, or `null` when there is none. */
                in_progress?: components["schemas"]["Backup"] | null;
            };
        };
        /** @description A Linode instance, reduced to the fields backupkit reads. */
        Linode: {
            /** @description The unique ID of this Linode. */
            id?: number;
            /** @description The Linode's label. */
            label?: string;
            /** @description The region where this Linode is located. */
            region?: string;
            /** @description The Linode type (plan) of this Linode. */
            type?: string;
            /** @description The current status of this Linode. */
            status?: string;
            /** @description When this Linode was created. */
            created?: components["schemas"]["Timestamp"];
            /** @description When this Linode was last updated. */
            updated?: components["schemas"]["Timestamp"];
            /** @description Information about this Linode's backups status. */
            backups?: {
                /** @description Whether Backups for this Linode are enabled. */
                enabled?: boolean;
                /** @description Whether Backups for this Linode are available. */
                available?: boolean;
                /** @description The date of the last successful backup, or `null`. */
                last_successful?: components["schemas"]["Timestamp"] | null;
                schedule?: components["schemas"]["LinodeBackupSchedule"];
            };
        };
        /** @description One page of Linodes. */
        PaginatedLinodes: {
            /** @description The Linodes on this page. */
            data: components["schemas"]["Linode"][];
            /** @description The current page. */
            page: number;
            /** @description The total number of pages. */
            pages: number;
            /** @description The total number of results. */
            results: number;
        };
        /** @description The error envelope of every Linode API error. */
        ErrorBody: {
            /** @description The errors that occurred. */
            errors?: components["schemas"]["ErrorDetail"][];
        };
        /** @description One error. */
        ErrorDetail: {
            /**
             * @description What happened to cause this error. In most cases, this can be fixed
             *     immediately by changing the data you sent in the request, but in some
             *     cases you will be instructed to open a Support Ticket or perform some
             *     other action before you can complete the request successfully.
             */
            reason?: string;
            /**
             * @description The field in the request that caused this error. This may be a path,
             *     separated by periods in the case of nested fields. In some cases this
             *     may come back as "null" if the error is not specific to any single
             *     element of the request.
             */
            field?: string | null;
        };
        /**
         * @description When this Linode's automatic backups are taken. Linode picks both values
         *     itself when backups are enabled; they can be changed afterwards.
         * @example {
         *       "day": "Saturday",
         *       "window": "W22"
         *     }
         */
        LinodeBackupSchedule: {
            /**
             * @description The day of the week that your Linode's weekly Backup is taken. If not
             *     set manually, a day is chosen for you. Backups are taken every day, but
             *     backups taken on this day are preferred when selecting backups to retain
             *     for a longer period.
             * @enum {string|null}
             */
            day?: "Scheduling" | "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | null;
            /**
             * @description The window in which your backups will be taken, in UTC. A backups window
             *     is a two-hour span of time in which the backup may occur: `W10`
             *     indicates that your backups should be taken between 10:00 and 12:00.
             *     If not set manually, a window is chosen for you.
             * @enum {string|null}
             */
            window?: "Scheduling" | "W0" | "W2" | "W4" | "W6" | "W8" | "W10" | "W12" | "W14" | "W16" | "W18" | "W20" | "W22" | null;
        };
    };
    responses: {
        /**
         * @description The request was refused: a field is invalid, or the Linode is in a state
         *     where the action is not allowed (backups not enabled, another backup
         *     running, a busy Linode). Linode names the field where it can.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "reason": "Backups are not enabled for this Linode."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Error */
        ErrorResponse: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "reason": "Not found"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests; the rate limit window is exhausted. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "reason": "Too many requests"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description The ID of the Linode the Backup belongs to. */
        linodeId: number;
        /** @description The ID of the Backup. */
        backupId: number;
        /** @description The page of a collection to return. */
        page: number;
        /** @description The number of items to return per page. */
        pageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The number of requests allowed in the current window. */
        "X-RateLimit-Limit": number;
        /** @description The number of requests left in the current window. */
        "X-RateLimit-Remaining": number;
        /** @description When the current window resets, in epoch seconds. */
        "X-RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLinodeInstances: {
        parameters: {
            query?: {
                /** @description The page of a collection to return. */
                page?: components["parameters"]["page"];
                /** @description The number of items to return per page. */
                page_size?: components["parameters"]["pageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A paginated list of Linodes. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 123,
                     *           "label": "linode123",
                     *           "region": "us-east",
                     *           "type": "g6-standard-1",
                     *           "status": "running",
                     *           "created": "2018-01-01T00:01:01",
                     *           "updated": "2018-01-01T00:01:01",
                     *           "backups": {
                     *             "enabled": true,
                     *             "available": true,
                     *             "last_successful": "2018-01-01T00:01:01"
                     *           }
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "pages": 1,
                     *       "results": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PaginatedLinodes"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    getLinodeInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Linode the Backup belongs to. */
                linodeId: components["parameters"]["linodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Linode. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 123,
                     *       "label": "linode123",
                     *       "region": "us-east",
                     *       "type": "g6-standard-1",
                     *       "status": "restoring",
                     *       "created": "2018-01-01T00:01:01",
                     *       "updated": "2018-01-01T00:01:01",
                     *       "backups": {
                     *         "enabled": true,
                     *         "available": true,
                     *         "last_successful": "2018-01-01T00:01:01"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Linode"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    getBackups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Linode the Backup belongs to. */
                linodeId: components["parameters"]["linodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Linode's backups. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "automatic": [
                     *         {
                     *           "status": "successful",
                     *           "created": "2018-01-14T00:01:01",
                     *           "updated": "2018-01-14T00:01:01",
                     *           "id": 1233,
                     *           "label": null,
                     *           "type": "auto",
                     *           "available": true,
                     *           "finished": "2018-01-14T00:01:01",
                     *           "configs": [],
                     *           "disks": [
                     *             {
                     *               "size": 9001,
                     *               "filesystem": "ext4",
                     *               "label": "My Debian 9 Disk"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "snapshot": {
                     *         "current": {
                     *           "status": "successful",
                     *           "created": "2018-01-15T00:01:01",
                     *           "updated": "2018-01-15T00:01:01",
                     *           "id": 1234,
                     *           "label": "Webserver-Backup-2018",
                     *           "type": "snapshot",
                     *           "available": true,
                     *           "finished": "2018-01-15T00:01:01",
                     *           "configs": [],
                     *           "disks": [
                     *             {
                     *               "size": 9001,
                     *               "filesystem": "ext4",
                     *               "label": "My Debian 9 Disk"
                     *             }
                     *           ]
                     *         },
                     *         "in_progress": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    createSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Linode the Backup belongs to. */
                linodeId: components["parameters"]["linodeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "SnapshotLabel"
                 *     }
                 */
                "application/json": components["schemas"]["SnapshotRequest"];
            };
        };
        responses: {
            /**
             * @description The snapshot was started; its Backup, still pending. (Linode's sample
             *     answer is a finished snapshot; a new one has no `finished` yet, so the
             *     example leaves it out. Doubt: whether Linode sends `finished: null` or
             *     omits it is not documented.)
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "pending",
                     *       "created": "2018-01-15T00:01:01",
                     *       "updated": "2018-01-15T00:01:01",
                     *       "id": 123456,
                     *       "label": "SnapshotLabel",
                     *       "type": "snapshot",
                     *       "available": false,
                     *       "configs": [],
                     *       "disks": []
                     *     }
                     */
                    "application/json": components["schemas"]["Backup"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    getBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Linode the Backup belongs to. */
                linodeId: components["parameters"]["linodeId"];
                /** @description The ID of the Backup to look up. */
                backupId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A single Backup. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "successful",
                     *       "created": "2018-01-15T00:01:01",
                     *       "updated": "2018-01-15T00:01:01",
                     *       "id": 1234,
                     *       "label": "Webserver-Backup-2018",
                     *       "type": "snapshot",
                     *       "available": true,
                     *       "finished": "2018-01-15T00:01:01",
                     *       "configs": [],
                     *       "disks": [
                     *         {
                     *           "size": 9001,
                     *           "filesystem": "ext4",
                     *           "label": "My Debian 9 Disk"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Backup"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Linode the Backup belongs to. */
                linodeId: components["parameters"]["linodeId"];
                /** @description The ID of the Backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "linode_id": 234,
                 *       "overwrite": true
                 *     }
                 */
                "application/json": components["schemas"]["RestoreRequest"];
            };
        };
        responses: {
            /** @description The restore was started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    enableBackups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Linode the Backup belongs to. */
                linodeId: components["parameters"]["linodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Backup service is enabled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    cancelBackups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the Linode the Backup belongs to. */
                linodeId: components["parameters"]["linodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Backup service is cancelled and the Linode's backups are deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["EmptyObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
}
