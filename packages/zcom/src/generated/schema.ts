/**
 * This file is generated from specs/zcom/openapi.yaml by scripts/codegen.mjs (openapi-typescript).
 * Do not edit it by hand: change the spec and run `npm run generate`.
 */

export interface paths {
    "/{tenant_id}/servers/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List VMs (detail)
         * @description Lists the tenant's VMs with their details (ConoHa's "VM一覧詳細取得",
         *     OpenStack Compute's `GET /v2/{tenant_id}/servers/detail`). backupkit
         *     reads it to learn every VM that could be backed up, and checks each
         *     against the backup list: a VM without a backup has no automatic backup.
         *     Pages are walked with `limit` and `marker` (the ID of the last VM of the
         *     previous page).
         */
        get: operations["listServersDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{tenant_id}/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups
         * @description List backups: every VM with automatic backup enabled, with the backup runs
         *     taken so far.
         *
         *     ※backup_id : The ID which automatically associates to cancellation when 1VM is applied for backup
         *     ※backuprun_id : The ID which associates to a backup operation
         *
         *     (ConoHa's original wording: `backup_id` is issued for each VM when automatic
         *     backup is enabled and lasts until it is cancelled; `backuprun_id` is issued for
         *     each backup the automatic backup takes.)
         *
         *     The response is served as `text/html` and, as documented, carries trailing
         *     commas: see the API description.
         */
        get: operations["listBackups"];
        put?: never;
        /**
         * Enable automatic backup
         * @description Turns on the automatic backup of a VM ("Apply for automatic backup", Z.com's
         *     `backup-start_backup` page; ConoHa's `backup-start_backup`). The answer's
         *     `id` is the `backup_id` that later disables it. Z.com has no on-demand
         *     backup: runs are taken on the service's own schedule.
         *
         *     Checked against Z.com's page: it answers **201 Created** with the new backup
         *     (`instance_id`, `created_at`, `id`), served as `text/html` like every body of
         *     these endpoints. The page's heading says `POST /v1/{tenant_id}/backup` and its
         *     curl example `/v2/`, the same contradiction as the list (see the API
         *     description). The page does not say what a second application for the same
         *     VM answers; backupkit never sends it twice.
         */
        post: operations["enableBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{tenant_id}/backup/{backup_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get backup details
         * @description One backup (one VM's automatic backup) with its backup runs.
         *
         *     ※backup_id: The ID which automatically executes cancel operation when 1VM is applied for backup
         *     ※backuprun_id: The ID which associates to a backup operation
         *
         *     The documented body wraps the backup in an array, like the list; ConoHa's
         *     client libraries read a single object. Both are accepted.
         */
        get: operations["getBackup"];
        put?: never;
        post?: never;
        /**
         * Cancel automatic backup
         * @description Turns the automatic backup of a VM off ("Cancel automatic backup", ConoHa's
         *     `backup-end_backup` page). The runs taken so far are **deleted** with it
         *     (ConoHa keeps backups only while the automatic backup option is on).
         *
         *     Doubts: the page was not reachable to check against when this was written;
         *     the path and method are the ones a public ConoHa client (nocoah) sends. The
         *     answer is declared as 204 with no body, OpenStack's usual answer to a
         *     DELETE; any other 2xx is read the same way.
         */
        delete: operations["disableBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/{tenant_id}/backup/{backup_id}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a backup run, or keep it as an image
         * @description Both actions name the run by `backuprun_id` under the VM's `backup_id`.
         *
         *     - `restore` (ConoHa's `backup-restore_backup` page) restores a run onto the
         *       VM or volume it was taken of: what is there now is **overwritten**, and
         *       the VM must be stopped first. While it runs, the run's `status` in the
         *       list is `restoring`; it is `available` again when done.
         *     - `createImage` (Z.com's and ConoHa's `backup-backup_to_image_object` page)
         *       saves a run as an image, which is kept after the run itself expires (the
         *       automatic backup keeps a run for three cycles). `image_name`: letters,
         *       digits, `-` and `_`, at most 255 characters.
         *
         *     Checked against the pages: `createImage` answers **202 Accepted** with an
         *     empty body served as `text/html` (its heading says `/v1/…`, its curl
         *     example `/v2/…`). Doubt: the restore page was not reachable to check
         *     against when this was written; its body is the one a public ConoHa client
         *     (nocoah) sends, and its answer is declared like `createImage`'s.
         */
        post: operations["backupAction"];
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
        /** @description The body of "Apply for automatic backup". */
        EnableBackupRequest: {
            /** @description The VM to back up. */
            backup: {
                /** @description The VM's ID. */
                instance_id: string;
            };
        };
        /** @description The answer to "Apply for automatic backup". */
        EnableBackupResponse: {
            /** @description The VM's automatic backup, as the list will show it (without runs yet). */
            backup: {
                /** @description The backup_id, which disables it again. */
                id: string;
                /** @description The VM's ID. */
                instance_id?: string;
                /** @description When automatic backup was turned on. */
                created_at?: components["schemas"]["TimestampOrEmpty"];
            };
        };
        /** @description One action on a backup run; exactly one of restore and createImage. */
        BackupActionRequest: {
            /** @description Restore the run onto its VM. */
            restore: {
                /** @description The run to restore. */
                backuprun_id: string;
            };
        } | {
            /** @description Save the run as an image. */
            createImage: {
                /** @description The run to save. */
                backuprun_id: string;
                /** @description The image's name: letters, digits, `-` and `_`, 1 to 255 characters. */
                image_name?: string;
            };
        };
        /** @description The body of `GET /{tenant_id}/backup`. */
        BackupList: {
            /** @description The backups of the tenant, one per VM with automatic backup enabled. */
            backup: components["schemas"]["Backup"][];
        };
        /**
         * @description The body of `GET /{tenant_id}/backup/{backup_id}`. As documented, `backup` is
         *     an array holding the one backup; client libraries for ConoHa read a single
         *     object, so both are accepted.
         */
        BackupDetail: {
            /** @description The backup, in an array of one (as documented) or on its own. */
            backup: components["schemas"]["Backup"][] | components["schemas"]["Backup"];
        };
        /**
         * @description One VM's automatic backup: issued when automatic backup is enabled for the
         *     VM, kept until it is cancelled. Holds the backup runs taken so far.
         */
        Backup: {
            /**
             * @description backup_id: The ID which automatically associates to cancellation when 1VM
             *     is applied for backup (issued when automatic backup is enabled for one VM,
             *     kept until it is cancelled).
             */
            id?: string;
            /** @description The ID of the VM (server) this backup belongs to. */
            instance_id?: string;
            /**
             * @description When this backup was created. Only the detail sample carries it, as `""`
             *     (not known).
             */
            created_at?: components["schemas"]["TimestampOrEmpty"];
            /**
             * @description A volume of the VM. Only the detail sample carries it here, next to a
             *     volume run that has no `volume_id` of its own: read it as the volume of
             *     such runs.
             */
            volume_id?: string;
            /** @description The backup runs of this backup, one per backup taken. */
            backupruns?: components["schemas"]["BackupRun"][];
        };
        /** @description One backup taken by the automatic backup; the restorable point in time. */
        BackupRun: {
            /**
             * @description backuprun_id: The ID which associates to a backup operation (issued for each
             *     backup the automatic backup takes). Restores and image saves name it.
             */
            backuprun_id?: string;
            /**
             * @description What this run backed up:
             *
             *     - `instance` — the VM itself (its boot disk), named by the backup's `instance_id`.
             *     - `server` — the same as `instance`; the detail sample spells it so.
             *     - `volume` — an additional volume of the VM, named by `volume_id`.
             * @enum {string}
             */
            type?: "instance" | "server" | "volume";
            /**
             * @description The state of this backup run. The docs show `available` (done and
             *     restorable), `restoring` (being restored to the VM) and `""` (no status,
             *     in the detail sample). They list no other values, so treat any other
             *     value as unknown.
             * @example available
             * @example restoring
             * @example
             */
            status?: string;
            /** @description When this backup was taken, in UTC; `""` when not known. */
            created_at?: components["schemas"]["TimestampOrEmpty"];
            /**
             * @description The volume this run backed up. Present on `volume` runs only; `instance`
             *     runs back up the VM named by the backup's `instance_id`.
             */
            volume_id?: string;
        };
        /**
         * @description An RFC 3339 timestamp in UTC (`2015-02-28T12:56:29Z`), or `""` when the time
         *     is not known (the detail sample sends `""`). `date-time` alone would reject `""`,
         *     so this is a pattern.
         * @example 2015-02-28T12:56:29Z
         * @example
         */
        TimestampOrEmpty: string;
        /**
         * @description OpenStack's fault envelope, as the Compute API sends it: one key that names
         *     the fault (`badRequest`, `unauthorized`, `forbidden`, `itemNotFound`,
         *     `conflictingRequest`, `badMethod`, `overLimit`, `computeFault`, `serviceUnavailable`, ...), holding
         *     the HTTP status code and a message. The messages in this spec's examples are
         *     illustrations, not quotes.
         */
        ErrorBody: {
            /** @description 400 — the request is malformed. */
            badRequest?: components["schemas"]["Fault"];
            /** @description 401 — the token is missing, expired or invalid. */
            unauthorized?: components["schemas"]["Fault"];
            /** @description 403 — the token may not do this. */
            forbidden?: components["schemas"]["Fault"];
            /** @description 404 — no such backup (or tenant). */
            itemNotFound?: components["schemas"]["Fault"];
            /** @description 409 — the resource is in a state that does not allow this now. */
            conflictingRequest?: components["schemas"]["Fault"];
            /** @description 405 — the method is not allowed here. */
            badMethod?: components["schemas"]["Fault"];
            /** @description 413 — a rate or quota limit was hit. */
            overLimit?: components["schemas"]["Fault"];
            /** @description 500 — the service failed. */
            computeFault?: components["schemas"]["Fault"];
            /** @description 503 — the service is unavailable. */
            serviceUnavailable?: components["schemas"]["Fault"];
        } & {
            [key: string]: components["schemas"]["Fault"];
        };
        /** @description One fault. */
        Fault: {
            /** @description The HTTP status code. */
            code?: number;
            /** @description What went wrong, for people. */
            message?: string;
            /** @description More detail, where the service gives it. */
            details?: string;
            /** @description The status text (`Unauthorized`), sent by the identity layer on 401s. */
            title?: string;
        };
        /**
         * @description A VM, reduced to the fields backupkit reads and the common ones; OpenStack
         *     sends many more (addresses, links, `OS-EXT-*` attributes), which pass through.
         */
        Server: {
            /** @description The VM's ID (a UUID); the `instance_id` of its automatic backup. */
            id?: string;
            /** @description The VM's name. */
            name?: string;
            /** @description The VM's status, e.g. `ACTIVE`, `SHUTOFF`, `BUILD`, `ERROR`. */
            status?: string;
            /** @description When the VM was created (RFC 3339, UTC). */
            created?: string;
            /** @description When the VM was last updated (RFC 3339, UTC). */
            updated?: string;
            /** @description The tenant that owns the VM. */
            tenant_id?: string;
            /** @description The user that created the VM. */
            user_id?: string;
            /** @description An ID of the host the VM runs on, unique within the tenant. */
            hostId?: string;
            /** @description The VM's metadata; ConoHa keeps the VM's display name in `instance_name_tag`. */
            metadata?: {
                [key: string]: string;
            };
            /** @description The VM's plan (flavor). */
            flavor?: {
                /** @description The flavor ID. */
                id?: string;
            };
            /** @description The image the VM was built from; an empty string when it was booted from a volume. */
            image?: {
                /** @description The image ID. */
                id?: string;
            } | string;
        };
        /** @description The VMs of the tenant. */
        ServerList: {
            /** @description The VMs; empty when there are none. */
            servers: components["schemas"]["Server"][];
        };
    };
    responses: {
        /** @description The request is malformed, or the VM cannot take this (e.g. automatic backup is already on). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "badRequest": {
                 *         "message": "Invalid request.",
                 *         "code": 400
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The run or its VM is in a state that does not allow this now (e.g. a restore already running, the VM not stopped). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "conflictingRequest": {
                 *         "message": "Cannot restore while the server is running.",
                 *         "code": 409
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The token is missing, expired or not valid for this tenant. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "unauthorized": {
                 *         "message": "The request you have made requires authentication.",
                 *         "code": 401
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No backup with this `backup_id` in this tenant. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "itemNotFound": {
                 *         "message": "The resource could not be found.",
                 *         "code": 404
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Error, in OpenStack's fault format. */
        ErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Tenant ID: the tenant (project) that owns the VMs, the last segment of your
         *     Compute endpoint (`https://compute.tyo1.cloud.z.com/v2/{tenant_id}`).
         */
        tenantId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listServersDetail: {
        parameters: {
            query?: {
                /** @description How many VMs to return. */
                limit?: number;
                /** @description The ID of the last VM of the previous page; the list continues after it. */
                marker?: string;
                /** @description Only VMs with this name. */
                name?: string;
                /** @description Only VMs in this status (`ACTIVE`, `SHUTOFF`...). */
                status?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Tenant ID: the tenant (project) that owns the VMs, the last segment of your
                 *     Compute endpoint (`https://compute.tyo1.cloud.z.com/v2/{tenant_id}`).
                 */
                tenant_id: components["parameters"]["tenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The VMs of the tenant, with their details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "servers": [
                     *         {
                     *           "id": "6d9e8d64-236d-4057-a899-f4cf797405cf",
                     *           "name": "133-130-49-xxx",
                     *           "status": "SHUTOFF",
                     *           "created": "2015-05-07T09:22:57Z",
                     *           "updated": "2015-05-12T04:40:47Z",
                     *           "tenant_id": "1864e71d2deb46f6b47526b69c65a45d",
                     *           "user_id": "9a1a0d7b0e9c4a11b3c0f4b2e7c2a3d4",
                     *           "hostId": "fa6657fcc777a69cf26009030762961bbeb41d2cd02074b651b1e6f6",
                     *           "metadata": {
                     *             "instance_name_tag": "test-vm"
                     *           },
                     *           "flavor": {
                     *             "id": "7eea7469-0d85-4f82-8050-6ae742394681"
                     *           },
                     *           "image": {
                     *             "id": "e2b62c0a-0a9d-4a0c-b6d4-a4a0b8d5a6a0"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ServerList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listBackups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tenant ID: the tenant (project) that owns the VMs, the last segment of your
                 *     Compute endpoint (`https://compute.tyo1.cloud.z.com/v2/{tenant_id}`).
                 */
                tenant_id: components["parameters"]["tenantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backups of the tenant, with their backup runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "backup": [
                     *         {
                     *           "instance_id": "5da9552d-93fa-4b86-8fe5-2968556017f7",
                     *           "id": "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17",
                     *           "backupruns": [
                     *             {
                     *               "status": "available",
                     *               "created_at": "2015-02-28T12:56:29Z",
                     *               "backuprun_id": "58ad1951017444acacc13cee1067f1d0",
                     *               "type": "instance"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "instance_id": "a647cd83-ad21-48aa-85e6-4e3ab52d337f",
                     *           "id": "1df1d401-0e64-4f43-8a96-475b4eb55029",
                     *           "backupruns": [
                     *             {
                     *               "status": "available",
                     *               "created_at": "2015-02-24T06:11:04Z",
                     *               "backuprun_id": "9ba40be79b474328a42046d47171ca1d",
                     *               "volume_id": "5026a03f-01e3-4188-899b-8738538f47db",
                     *               "type": "volume"
                     *             },
                     *             {
                     *               "status": "available",
                     *               "created_at": "2015-02-25T09:22:10Z",
                     *               "backuprun_id": "4f9a0f1047ef4a5d9758fa176e8a6ba1",
                     *               "type": "instance"
                     *             },
                     *             {
                     *               "status": "available",
                     *               "created_at": "2015-02-25T09:28:15Z",
                     *               "backuprun_id": "eccb48b720ed469f87f42492b98f39f7",
                     *               "type": "instance"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "instance_id": "9ed73499-255b-498b-b2b8-4790d2556c4d",
                     *           "id": "eaf25feb-8255-4cda-912c-ffea8df34e0e",
                     *           "backupruns": [
                     *             {
                     *               "status": "available",
                     *               "created_at": "2015-02-12T09:59:15Z",
                     *               "backuprun_id": "9a61530e82434128a6039974a1c8397e",
                     *               "type": "instance"
                     *             },
                     *             {
                     *               "status": "restoring",
                     *               "created_at": "2015-02-12T09:59:33Z",
                     *               "backuprun_id": "136918faac024d879acda658d47c290f",
                     *               "volume_id": "312d5592-445b-4d67-965c-4d2a0e2e02cb",
                     *               "type": "volume"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    enableBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tenant ID: the tenant (project) that owns the VMs, the last segment of your
                 *     Compute endpoint (`https://compute.tyo1.cloud.z.com/v2/{tenant_id}`).
                 */
                tenant_id: components["parameters"]["tenantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "backup": {
                 *         "instance_id": "efbc4dea-e7e3-4890-883c-9a7a5ca9e105"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EnableBackupRequest"];
            };
        };
        responses: {
            /** @description Automatic backup is on; the body is the VM's new backup. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "backup": {
                     *         "instance_id": "efbc4dea-e7e3-4890-883c-9a7a5ca9e105",
                     *         "created_at": "2015-05-08T08:52:28Z",
                     *         "id": "3166c62f-88d5-4807-b7e2-d92c95e2863b"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EnableBackupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    getBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tenant ID: the tenant (project) that owns the VMs, the last segment of your
                 *     Compute endpoint (`https://compute.tyo1.cloud.z.com/v2/{tenant_id}`).
                 */
                tenant_id: components["parameters"]["tenantId"];
                /**
                 * @description The backup's `id` from the list. The page's wording: "The ID which
                 *     automatically executes cancel operation when 1VM is applied for backup",
                 *     that is, the ID issued when automatic backup is enabled for one VM, kept
                 *     until it is cancelled.
                 */
                backup_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup, with its backup runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "backup": [
                     *         {
                     *           "instance_id": "backupnoid1234567890",
                     *           "created_at": "",
                     *           "id": "id0987654321",
                     *           "backupruns": [
                     *             {
                     *               "status": "",
                     *               "created_at": "",
                     *               "backuprun_id": "backuprunid123456789",
                     *               "type": "server"
                     *             },
                     *             {
                     *               "status": "",
                     *               "created_at": "",
                     *               "backuprun_id": "backuprunid123456789",
                     *               "type": "volume"
                     *             }
                     *           ],
                     *           "volume_id": "volumeid0987654321"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BackupDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    disableBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tenant ID: the tenant (project) that owns the VMs, the last segment of your
                 *     Compute endpoint (`https://compute.tyo1.cloud.z.com/v2/{tenant_id}`).
                 */
                tenant_id: components["parameters"]["tenantId"];
                /** @description The backup_id of the VM's automatic backup. */
                backup_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Automatic backup is off. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    backupAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Tenant ID: the tenant (project) that owns the VMs, the last segment of your
                 *     Compute endpoint (`https://compute.tyo1.cloud.z.com/v2/{tenant_id}`).
                 */
                tenant_id: components["parameters"]["tenantId"];
                /** @description The backup_id of the VM's automatic backup. */
                backup_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BackupActionRequest"];
            };
        };
        responses: {
            /** @description The action was started; no body. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
}
