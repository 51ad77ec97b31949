/**
 * This file is generated from specs/northflank/openapi.yaml by scripts/codegen.mjs (openapi-typescript).
 * Do not edit it by hand: change the spec and run `npm run generate`.
 */

export interface paths {
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Lists the projects of the account. backupkit walks it to enumerate every
         *     project whose addons can be backed up.
         *
         *     Required permission: Account > Projects > General > Read.
         */
        get: operations["listProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/addons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List addons
         * @description Gets a list of addons belonging to the project. backupkit checks each
         *     addon's backup schedules and backups.
         *
         *     Required permission: Project > Addons > General > Read.
         */
        get: operations["listAddons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/addons/{addonId}/backup-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
            };
            cookie?: never;
        };
        /**
         * Get addon backup schedules
         * @description Gets details about an addon's backup schedules. An addon with a schedule
         *     is backed up automatically; backupkit counts it as protected.
         *
         *     Required permission: Project > Addons > General > Read.
         */
        get: operations["getAddonBackupSchedules"];
        put?: never;
        /**
         * Create addon backup schedule
         * @description Creates a backup schedule for the addon. Each addon can have one
         *     schedule of each interval for each backup type. Doubt: the reference
         *     lists `retentionTime` (days) as required and shows no response
         *     example; the response is taken to be the new schedule.
         */
        post: operations["createAddonBackupSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backup-destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backup destinations
         * @description Lists the backup destinations saved to this account. Does not display
         *     secrets. backupkit walks it to enumerate every destination whose backups
         *     can be listed.
         *
         *     Required permission: Account > BackupDestinations > General > Read.
         */
        get: operations["listBackupDestinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/backup-destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backup destinations (team)
         * @description `GET /v1/backup-destinations` for a team: the same destinations, for a
         *     team API token.
         *
         *     Required permission: Account > BackupDestinations > General > Read.
         */
        get: operations["listTeamBackupDestinations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backup-destinations/{backupDestinationId}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List destinations backups
         * @description Lists the backups associated with a backup destinations.
         *
         *     Required permission: Account > BackupDestinations > General > Read.
         */
        get: operations["listBackupDestinationBackups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/backup-destinations/{backupDestinationId}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List destinations backups (team)
         * @description `GET /v1/backup-destinations/{backupDestinationId}/backups` for a team:
         *     the same backups, for a team API token.
         *
         *     Required permission: Account > BackupDestinations > General > Read.
         */
        get: operations["listTeamBackupDestinationBackups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/addons/{addonId}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Backup addon
         * @description Initiates a backup of the addon (Northflank's "Backup addon",
         *     `northflank backup addon`). The backup starts `scheduled` or
         *     `in-progress` and ends `completed`, `failed` or `aborted`. Not
         *     idempotent: each call starts a new backup. Doubt: the reference shows no
         *     example response for this call; the body is taken to be the new backup
         *     in the shape of "Get addon backup", which is what Northflank's JS
         *     client types it as.
         */
        post: operations["backupAddon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/addons/{addonId}/backups/{backupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        /**
         * Get addon backup
         * @description Gets details about a given backup of the addon.
         */
        get: operations["getAddonBackup"];
        put?: never;
        post?: never;
        /**
         * Delete addon backup
         * @description Deletes a given backup (Northflank's "Delete addon backup",
         *     `northflank delete backup`). The backup's data is lost for good.
         */
        delete: operations["deleteBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/addons/{addonId}/backups/{backupId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore addon backup
         * @description Restores the addon to the given backup state (Northflank's "Restore
         *     addon backup"). The addon's current data is replaced. The query
         *     parameters name the source addon when restoring a backup of another
         *     addon (a "global backup"); backupkit restores an addon's own backups.
         */
        post: operations["restoreAddonBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/addons/{addonId}/backups/{backupId}/abort": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abort backup
         * @description Aborts the in-progress backup (Northflank's "Abort backup"). The backup
         *     goes through `aborting` to `aborted` and cannot be restored.
         */
        post: operations["abortBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/addons/{addonId}/backup-schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup schedule. */
                scheduleId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete addon backup schedule
         * @description Deletes a backup schedule of the addon; its backups are kept until they expire.
         */
        delete: operations["deleteAddonBackupSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of "Backup addon"; every field is optional. */
        BackupAddonRequest: {
            /** @description The name of the backup. If not provided, a default name containing the current date is generated. */
            name?: string;
            /**
             * @description The type of backup to perform. Defaults to `snapshot`.
             * @enum {string}
             */
            backupType?: "dump" | "snapshot";
            /**
             * @description The compression algorithm of the backup. Only applicable for dump backups. Defaults to `gz`.
             * @enum {string}
             */
            compressionType?: "gz" | "zstd";
        };
        /** @description Data about a backup of an addon ("Get addon backup"). */
        AddonBackup: {
            /** @description The identifier for the backup. */
            id: string;
            /** @description The name of the backup. */
            name: string;
            /**
             * @description The current status of the backup.
             * @enum {string}
             */
            status: "scheduled" | "in-progress" | "completed" | "aborting" | "aborted" | "failed" | "not-supported";
            /** @description The time the backup was initiated. */
            createdAt: string;
            /** @description The time the backup was completed. */
            completedAt?: string;
            /** @description Data about the backup configuration. */
            config: {
                /** @description Data about the source of the backup. */
                source?: {
                    /**
                     * @description The type of backup.
                     * @enum {string}
                     */
                    type?: "fileUpload" | "liveInstance" | "snapshot" | "externalDump" | "sameAddon";
                };
                /** @description The size of the backup, in bytes. */
                size: string;
                /** @description The version of the addon at the time of the backup. */
                addonVersion?: string;
            };
        };
        /** @description One addon backup. */
        AddonBackupResponse: {
            data: components["schemas"]["AddonBackup"];
        };
        /** @description The answer to "Restore addon backup". */
        RestoreResponse: {
            /** @description Result data. */
            data: {
                /** @description The ID of the initiated restore. */
                restoreId: string;
            };
        };
        /** @description The answer to an action that returns nothing. */
        EmptyDataResponse: {
            /** @description Result data (empty). */
            data: Record<string, never>;
        };
        /** @description The body of "Create addon backup schedule". */
        BackupScheduleRequest: {
            /**
             * @description The type of backup to perform.
             * @enum {string}
             */
            backupType: "dump" | "snapshot";
            scheduling: components["schemas"]["Scheduling"];
            /** @description How long backups of this schedule are kept, in days. */
            retentionTime: number;
        };
        /** @description When backups of a schedule are taken. */
        Scheduling: {
            /**
             * @description The interval between backups. Each addon can only have one backup schedule of each interval for each backup type.
             * @enum {string}
             */
            interval: "hourly" | "daily" | "weekly";
            /** @description The minutes when the backup should be performed. */
            minute: number[];
            /** @description The hours (24-hour clock) when the backup should be performed. Required for daily and weekly intervals. */
            hour?: number[];
            /** @description The days of the week (0 is Monday, 6 is Sunday) when the backup should be performed, for weekly intervals. */
            day?: number[];
        };
        /** @description One backup schedule of an addon. */
        AddonBackupSchedule: {
            /** @description ID of the schedule. */
            id: string;
            /**
             * @description The type of backup being performed.
             * @enum {string}
             */
            backupType: "dump" | "snapshot";
            scheduling?: components["schemas"]["Scheduling"];
            /** @description How long backups of this schedule are kept, in days. */
            retentionTime?: number;
        };
        /** @description An addon's backup schedules. */
        AddonBackupSchedulesResponse: {
            /** @description Result data. */
            data: {
                /** @description The schedules. */
                schedules?: components["schemas"]["AddonBackupSchedule"][];
            };
            pagination?: components["schemas"]["Pagination"];
        };
        /** @description One backup schedule. */
        AddonBackupScheduleResponse: {
            data: components["schemas"]["AddonBackupSchedule"];
        };
        /** @description Data about the endpoint pagination. */
        Pagination: {
            /** @description Is there another page of results available? */
            hasNextPage: boolean;
            /** @description The cursor to access the next page of results. */
            cursor?: string;
            /** @description The number of results returned by this request. */
            count: number;
        };
        /** @description Response object. */
        BackupList: {
            /** @description Result data. */
            data: components["schemas"]["Backup"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Data about a backup. */
        Backup: {
            /** @description The identifier for the backup. */
            id: string;
            /** @description The name of the backup. */
            name: string;
            /**
             * @description The current status of the backup.
             * @enum {string}
             */
            status: "scheduled" | "in-progress" | "completed" | "aborting" | "aborted" | "failed" | "not-supported";
            /** @description The project this backup was taken for. */
            project?: {
                /** @description ID of the project this backup was taken for */
                id?: string;
                /** @description Name of the project this backup was taken for */
                name?: string;
            };
            /** @description The addon this backup was taken for. */
            addon?: {
                /** @description ID of the addon this backup was taken for */
                id?: string;
                /** @description Name of the addon this backup was taken for */
                name?: string;
            };
            config: components["schemas"]["BackupConfig"];
            /** @description The schedules this backup was taken for. */
            schedules?: components["schemas"]["BackupSchedule"][];
            /**
             * @description The time the backup will expiry, in epoch milliseconds.
             *
             *     Northflank documents this field as a number, but its own example
             *     sends a decimal string (`"1729232400000.0"`), so both are accepted
             *     here. Read a string as the number it spells.
             * @example 1729232400000.0
             * @example 1729232400000
             */
            expiredBy: number | string;
            /**
             * Format: date-time
             * @description The time the backup was initiated.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description The time the backup was completed. Absent until it has.
             */
            completedAt?: string;
        };
        /** @description Data about the backup configuration. */
        BackupConfig: {
            /**
             * @description The version of the addon at the time of the backup. The addon will be
             *     restored to this version when the backup is restored.
             */
            addonVersion?: string;
            /** @description The type of the addon this backup was taken for. */
            addonType?: string;
            /** @description Data about the source of the backup. */
            source?: {
                /**
                 * @description The type of backup: `global` for a backup in a backup
                 *     destination. Addon backups also carry `fileUpload`,
                 *     `liveInstance`, `snapshot`, `externalDump` or `sameAddon`.
                 * @example global
                 * @example snapshot
                 * @example liveInstance
                 * @example fileUpload
                 * @example externalDump
                 * @example sameAddon
                 */
                type?: string;
            };
            /**
             * @description The size of the backup, in bytes: a decimal integer sent as a string
             *     (`"1234"`).
             * @example 1234
             */
            size: string;
        };
        /** @description A schedule a backup was taken for. */
        BackupSchedule: {
            /**
             * @description The interval between backups. Each addon can only have one backup
             *     schedule of each interval for each backup type.
             * @enum {string}
             */
            interval: "hourly" | "daily" | "weekly";
            /** @description An array of minutes when the backup should be performed. */
            minute: number[];
            /**
             * @description An array of hours in 24 hour format when the backup should be
             *     performed. At these hours, a backup will be performed at each of the
             *     minutes provided in the `minute` field. Required for `daily` and
             *     `weekly` intervals and unavailable for `hourly` intervals.
             */
            hour?: number[];
            /**
             * @description An array of days of the week when the backup should be performed,
             *     where `0` represents Monday and `6` represents Sunday. On these days,
             *     a backup will be performed at each of the minutes provided in the
             *     `minute` field whenever it is an hour from the `hour` field. Required
             *     for `weekly` intervals and unavailable for `hourly` and `daily`
             *     intervals.
             */
            day?: number[];
        };
        /** @description Response object. */
        BackupDestinationList: {
            /**
             * @description Result data: `{backupDestinations: [...]}`, as Northflank's JS
             *     client types and reference pages describe it. An array of
             *     destinations is accepted too.
             */
            data: {
                /** @description List of backup destinations. */
                backupDestinations: components["schemas"]["BackupDestination"][];
            } | components["schemas"]["BackupDestination"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description A backup destination, without secrets. Northflank's list description
         *     has no `id` on its items (only the single-destination GET returns
         *     one); Northflank makes ids by slugifying names ("Example Backup
         *     Destination" → `example-backup-destination`).
         */
        BackupDestination: {
            /** @description Identifier for the backup destination, when the list sends it. */
            id?: string;
            /** @description The name of the backup destination. */
            name: string;
            /** @description A description of the backup destination. */
            description?: string;
            /**
             * @description Type of the backup destination.
             * @enum {string}
             */
            type?: "s3";
            /**
             * @description What the destination is used for: `globalBackups` (addon backups
             *     kept across projects) or `containerSnapshots`.
             * @example globalBackups
             * @example containerSnapshots
             */
            usage?: string;
            /** @description A prefix path to add to the bucket objects if not writing to / */
            prefix?: string;
            /** @description Credentials used for the backup destination. */
            credentials?: {
                /** @description The access key of the bucket. */
                accessKey?: string;
                /** @description The secret key of the bucket. Not displayed by the list endpoint. */
                secretKey?: string;
                /** @description The name of the bucket. */
                bucketName?: string;
                /** @description The region of the bucket. */
                region?: string;
                /** @description S3 destination including region, fe s3.us-west-2.amazonaws.com */
                endpoint?: string;
            };
            /**
             * Format: date-time
             * @description time of creation
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description time of update
             */
            updatedAt?: string;
        };
        /** @description The error envelope of Northflank API errors. */
        ErrorBody: {
            /** @description What went wrong. */
            error: {
                /** @description The HTTP status code of the response. */
                status?: number;
                /** @description A human-readable description of the error. */
                message?: string;
                /** @description An identifier of the error. */
                id?: string;
                /** @description Further details, such as validation failures; its shape depends on the error. */
                details?: unknown;
            };
        };
        /** @description Response object. */
        ProjectList: {
            /** @description Result data. */
            data: {
                /** @description A list of projects. */
                projects: {
                    /** @description Identifier for the project. */
                    id?: string;
                    /** @description The name of the project. */
                    name?: string;
                    /** @description A description of the project. */
                    description?: string;
                }[];
            };
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Information about an addon. */
        Addon: {
            /** @description Identifier for the addon. */
            id?: string;
            /** @description Addon name. */
            name?: string;
            /** @description Full identifier for the addon. */
            appId?: string;
            /** @description An array of previously defined tags to help identify and group the resource. */
            tags?: string[];
            /** @description A short description of the addon. */
            description?: string;
            /** @description Details about the addon's specifications. */
            spec?: {
                /** @description The type of the addon, e.g. `postgresql`, `mysql`, `mongodb`, `redis`. */
                type?: string;
                /** @description The version of the addon type. */
                version?: string;
            };
            /**
             * @description The current state of the addon: preDeployment, triggerAllocation,
             *     allocating, postDeployment, running, paused, scaling, upgrading,
             *     resetting, backup, restore, failed, error, errorAllocating, deleting
             *     or deleted.
             */
            status?: string;
        };
        /** @description Response object. */
        AddonList: {
            /** @description Result data. */
            data: {
                /** @description An array of addons. */
                addons: components["schemas"]["Addon"][];
            };
            pagination: components["schemas"]["Pagination"];
        };
    };
    responses: {
        /**
         * @description The request was refused: a field is invalid, or the addon or backup is in a
         *     state where the action is not allowed (a backup still in progress, an
         *     addon that is paused).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 400,
                 *         "message": "Backup is not in a state that allows this action"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A list of backup destination saved to this account. */
        BackupDestinationList: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BackupDestinationList"];
            };
        };
        /** @description A list of backups saved to this backup destination. */
        BackupList: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "data": [
                 *         {
                 *           "id": "example-backup",
                 *           "name": "Example Backup",
                 *           "status": "completed",
                 *           "project": {
                 *             "id": "example-project",
                 *             "name": "Example Project"
                 *           },
                 *           "addon": {
                 *             "id": "example-addon",
                 *             "name": "Example Addon"
                 *           },
                 *           "config": {
                 *             "addonVersion": "4.4.8",
                 *             "addonType": "mongodb",
                 *             "source": {
                 *               "type": "global"
                 *             },
                 *             "size": "1234"
                 *           },
                 *           "schedules": [
                 *             {
                 *               "interval": "weekly",
                 *               "minute": [
                 *                 30
                 *               ],
                 *               "hour": [
                 *                 18
                 *               ],
                 *               "day": [
                 *                 4
                 *               ]
                 *             }
                 *           ],
                 *           "expiredBy": "1729232400000.0",
                 *           "createdAt": "2021-01-20T11:19:53.175Z",
                 *           "completedAt": "2021-01-20T11:19:54.494Z"
                 *         }
                 *       ],
                 *       "pagination": {
                 *         "hasNextPage": false,
                 *         "count": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BackupList"];
            };
        };
        /** @description Error */
        ErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 404,
                 *         "message": "Backup destination not found"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests; the rate limit window is exhausted. */
        TooManyRequests: {
            headers: {
                "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 429,
                 *         "message": "Too many requests"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description ID of the project. */
        projectId: string;
        /** @description ID of the addon. */
        addonId: string;
        /** @description ID of the backup. */
        backupId: string;
        /** @description ID of the team. */
        teamId: string;
        /** @description ID of the backup destination. */
        backupDestinationId: string;
        /**
         * @description The number of results to display per request. Maximum of 100 results
         *     per page; 50 when absent.
         */
        perPage: number;
        /** @description The page number to access. */
        page: number;
        /** @description The cursor returned from the previous page of results, used to request the next page. */
        cursor: string;
        /** @description ID of the project */
        "projectId-2": string;
    };
    requestBodies: never;
    headers: {
        /** @description The account's rate limit, in requests per window (default 1000 per hour). */
        "x-ratelimit-limit": number;
        /** @description The number of requests left in the current window. */
        "x-ratelimit-remaining": number;
        /** @description The time until the current window resets, in seconds. */
        "x-ratelimit-reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listProjects: {
        parameters: {
            query?: {
                /**
                 * @description The number of results to display per request. Maximum of 100 results
                 *     per page; 50 when absent.
                 */
                per_page?: components["parameters"]["perPage"];
                /** @description The page number to access. */
                page?: components["parameters"]["page"];
                /** @description The cursor returned from the previous page of results, used to request the next page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of projects. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "projects": [
                     *           {
                     *             "id": "default-project",
                     *             "name": "Default Project",
                     *             "description": "A description"
                     *           }
                     *         ]
                     *       },
                     *       "pagination": {
                     *         "hasNextPage": false,
                     *         "count": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listAddons: {
        parameters: {
            query?: {
                /**
                 * @description The number of results to display per request. Maximum of 100 results
                 *     per page; 50 when absent.
                 */
                per_page?: components["parameters"]["perPage"];
                /** @description The page number to access. */
                page?: components["parameters"]["page"];
                /** @description The cursor returned from the previous page of results, used to request the next page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description ID of the project */
                projectId: components["parameters"]["projectId-2"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of addons. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "addons": [
                     *           {
                     *             "id": "example-addon",
                     *             "name": "Example Addon",
                     *             "appId": "/example-user/default-project/example-addon",
                     *             "tags": [
                     *               "example-tag"
                     *             ],
                     *             "description": "A description",
                     *             "spec": {
                     *               "type": "postgresql",
                     *               "version": "14.2"
                     *             },
                     *             "status": "running"
                     *           }
                     *         ]
                     *       },
                     *       "pagination": {
                     *         "hasNextPage": false,
                     *         "count": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AddonList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    getAddonBackupSchedules: {
        parameters: {
            query?: {
                /**
                 * @description The number of results to display per request. Maximum of 100 results
                 *     per page; 50 when absent.
                 */
                per_page?: components["parameters"]["perPage"];
                /** @description The page number to access. */
                page?: components["parameters"]["page"];
                /** @description The cursor returned from the previous page of results, used to request the next page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addon's backup schedules. */
            200: {
                headers: {
                    "x-ratelimit-limit": components["headers"]["x-ratelimit-limit"];
                    "x-ratelimit-remaining": components["headers"]["x-ratelimit-remaining"];
                    "x-ratelimit-reset": components["headers"]["x-ratelimit-reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "schedules": [
                     *           {
                     *             "id": "6413ae5a3c4f8c2fd1e4b1a2",
                     *             "backupType": "snapshot",
                     *             "scheduling": {
                     *               "interval": "daily",
                     *               "minute": [
                     *                 0
                     *               ],
                     *               "hour": [
                     *                 2
                     *               ]
                     *             },
                     *             "retentionTime": 7
                     *           }
                     *         ]
                     *       },
                     *       "pagination": {
                     *         "hasNextPage": false,
                     *         "count": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AddonBackupSchedulesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    createAddonBackupSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "backupType": "snapshot",
                 *       "scheduling": {
                 *         "interval": "daily",
                 *         "minute": [
                 *           0
                 *         ],
                 *         "hour": [
                 *           2
                 *         ]
                 *       },
                 *       "retentionTime": 7
                 *     }
                 */
                "application/json": components["schemas"]["BackupScheduleRequest"];
            };
        };
        responses: {
            /** @description The new schedule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "6413ae5a3c4f8c2fd1e4b1a2",
                     *         "backupType": "snapshot",
                     *         "scheduling": {
                     *           "interval": "daily",
                     *           "minute": [
                     *             0
                     *           ],
                     *           "hour": [
                     *             2
                     *           ]
                     *         },
                     *         "retentionTime": 7
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AddonBackupScheduleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listBackupDestinations: {
        parameters: {
            query?: {
                /**
                 * @description The number of results to display per request. Maximum of 100 results
                 *     per page; 50 when absent.
                 */
                per_page?: components["parameters"]["perPage"];
                /** @description The page number to access. */
                page?: components["parameters"]["page"];
                /** @description The cursor returned from the previous page of results, used to request the next page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BackupDestinationList"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listTeamBackupDestinations: {
        parameters: {
            query?: {
                /**
                 * @description The number of results to display per request. Maximum of 100 results
                 *     per page; 50 when absent.
                 */
                per_page?: components["parameters"]["perPage"];
                /** @description The page number to access. */
                page?: components["parameters"]["page"];
                /** @description The cursor returned from the previous page of results, used to request the next page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description ID of the team. */
                teamId: components["parameters"]["teamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BackupDestinationList"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listBackupDestinationBackups: {
        parameters: {
            query?: {
                /**
                 * @description The number of results to display per request. Maximum of 100 results
                 *     per page; 50 when absent.
                 */
                per_page?: components["parameters"]["perPage"];
                /** @description The page number to access. */
                page?: components["parameters"]["page"];
                /** @description The cursor returned from the previous page of results, used to request the next page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description ID of the backup destination. */
                backupDestinationId: components["parameters"]["backupDestinationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BackupList"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listTeamBackupDestinationBackups: {
        parameters: {
            query?: {
                /**
                 * @description The number of results to display per request. Maximum of 100 results
                 *     per page; 50 when absent.
                 */
                per_page?: components["parameters"]["perPage"];
                /** @description The page number to access. */
                page?: components["parameters"]["page"];
                /** @description The cursor returned from the previous page of results, used to request the next page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description ID of the team. */
                teamId: components["parameters"]["teamId"];
                /** @description ID of the backup destination. */
                backupDestinationId: components["parameters"]["backupDestinationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BackupList"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    backupAddon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Example Backup",
                 *       "backupType": "snapshot"
                 *     }
                 */
                "application/json": components["schemas"]["BackupAddonRequest"];
            };
        };
        responses: {
            /** @description The backup was initiated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "example-backup",
                     *         "name": "Example Backup",
                     *         "status": "scheduled",
                     *         "createdAt": "2021-01-20T11:19:53.175Z",
                     *         "config": {
                     *           "source": {
                     *             "type": "snapshot"
                     *           },
                     *           "size": "0"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AddonBackupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    getAddonBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Details about the backup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "id": "example-backup",
                     *         "name": "Example Backup",
                     *         "status": "completed",
                     *         "createdAt": "2021-01-20T11:19:53.175Z",
                     *         "completedAt": "2021-01-20T11:19:54.494Z",
                     *         "config": {
                     *           "source": {
                     *             "type": "snapshot"
                     *           },
                     *           "size": "1234",
                     *           "addonVersion": "14.7.0"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AddonBackupResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    deleteBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation was performed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    restoreAddonBackup: {
        parameters: {
            query?: {
                /** @description Specify the source projectId when referring to a global backup. */
                sourceProjectId?: string;
                /** @description Specify the source addonId when referring to a global backup. */
                sourceAddonId?: string;
            };
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Details about the backup restore. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "restoreId": "1611305397038"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RestoreResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    abortBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup. */
                backupId: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation was performed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    deleteAddonBackupSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the project. */
                projectId: components["parameters"]["projectId"];
                /** @description ID of the addon. */
                addonId: components["parameters"]["addonId"];
                /** @description ID of the backup schedule. */
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The operation was performed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {}
                     *     }
                     */
                    "application/json": components["schemas"]["EmptyDataResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
}
