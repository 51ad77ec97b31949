/**
 * This file is generated from specs/huawei-cbr/openapi.yaml by scripts/codegen.mjs (openapi-typescript).
 * Do not edit it by hand: change the spec and run `npm run generate`.
 */

export interface paths {
    "/v3/{project_id}/vaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Querying the Vault List
         * @description Queries the vaults of the project, each with the resources (servers,
         *     disks, file systems) it protects. backupkit reads it to learn which
         *     resources CBR protects, and checks their backups against them. Pages
         *     are walked with `limit` and `offset`.
         */
        get: operations["listVaults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Querying All Backups
         * @description Queries all backups of the project. Filters and sorting are query
         *     parameters; pages are walked with `limit` and `offset` (or `marker`,
         *     the ID of the last backup of the previous page).
         */
        get: operations["listBackups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/{backup_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Querying a Specified Backup
         * @description Queries the backup of a specific ID. A whole-server backup carries the
         *     backups of its disks in `children`.
         */
        get: operations["showBackup"];
        put?: never;
        post?: never;
        /**
         * Deleting a Backup
         * @description Deletes a backup. Its data is lost for good; the backup shows `deleting`
         *     until it is gone. Doubt: Huawei documents 204 with no body; some regions'
         *     pages show 200, so both are accepted here.
         */
        delete: operations["deleteBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/backups/{backup_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restoring a Backup
         * @description Restores a backup to a server (`server_id` with `mappings` from each
         *     disk backup, the `children` of the server backup, to a disk of that
         *     server) or to a disk (`volume_id`). The data on the target is
         *     **overwritten**; a server is stopped while it runs and started after
         *     unless `power_on` is false. The backup shows `restoring` while it runs.
         *     Not idempotent. The reference and Huawei's SDK (RestoreBackupResponse
         *     has no fields) answer 202 with no body. Doubt: whether the backup is
         *     already `restoring` when the 202 arrives is not documented.
         */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creating a Checkpoint
         * @description Backs up a vault and creates a checkpoint (restore point): one backup per
         *     resource in `parameters.resources` (all of the vault's resources when
         *     absent). The backups appear in ListBackups with this `checkpoint_id`,
         *     `protecting` until they are `available`. A resource that cannot be
         *     backed up now (one already being backed up) is listed in
         *     `vault.skipped_resources` and gets no backup, with a 200 all the same.
         *     Not idempotent: each call starts new backups. Doubt: the reference
         *     does not say how soon the new backups are listed; Huawei's Terraform
         *     provider waits for the checkpoint before it reads them.
         */
        post: operations["createCheckpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Querying the Policy List
         * @description Queries the project's policies. With `vault_id`, the policies applied to
         *     that vault; with `operation_type=backup`, its backup policy (a vault has
         *     at most one). backupkit reads it to find the policy that schedules a
         *     resource's backups: the one applied to the resource's vault. Not paged.
         */
        get: operations["listPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/{project_id}/policies/{policy_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Modifying a Policy
         * @description Modifies a backup policy; backupkit sends only `enabled`, which turns
         *     the policy's scheduled backups of every vault it is applied to on or
         *     off. Backups already taken are kept. Setting the same value twice
         *     leaves the policy as it was, so a lost answer can be asked again.
         */
        put: operations["updatePolicy"];
        post?: never;
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
        /** @description The body of "Creating a Checkpoint". */
        CheckpointCreateRequest: {
            /** @description Parameters for backing up the vault. */
            checkpoint: {
                /** @description Vault ID. */
                vault_id: string;
                /** @description Parameters for backing up to the vault. */
                parameters?: {
                    /** @description Whether the backup counts as automatically triggered. Default false. */
                    auto_trigger?: boolean;
                    /** @description Backup description, without angle brackets (`<`, `>`). */
                    description?: string;
                    /** @description Whether the backup is incremental. Default true. */
                    incremental?: boolean;
                    /** @description Backup name, of letters, digits, underscores (_) and hyphens (-). */
                    name?: string;
                    /**
                     * @description UUIDs of the resources to back up; all of the vault's when absent.
                     *     They must be associated with the vault.
                     */
                    resources?: string[];
                    /** @description The resources to back up, with their type and name (instead of `resources`). */
                    resource_details?: {
                        /** @description ID of the resource to back up. */
                        id: string;
                        /** @description Name of the resource, up to 255 characters. */
                        name?: string;
                        /** @description Type of the resource: `OS::Nova::Server`, `OS::Cinder::Volume`, `OS::Sfs::Turbo` and others. */
                        type: string;
                        /** @description Extra information of the resource (disks to leave out, and the like). */
                        extra_info?: Record<string, never>;
                    }[];
                    /** @description The policy the backup counts for, when it is automatically triggered. */
                    policy_id?: string;
                };
            };
        };
        /** @description The answer to "Creating a Checkpoint". */
        CheckpointCreateResponse: {
            /** @description The checkpoint created. Its backups are listed by ListBackups with this `checkpoint_id`. */
            checkpoint: {
                /** @description Creation time, zone-less UTC, such as 2020-02-05T10:38:34.209782. */
                created_at?: string;
                /** @description Checkpoint ID. */
                id: string;
                /** @description Project ID. */
                project_id?: string;
                /**
                 * @description Checkpoint status.
                 * @enum {string}
                 */
                status: "available" | "deleting" | "protecting" | "deleted" | "error-deleting" | "error";
                /** @description The vault backed up. */
                vault?: {
                    /** @description Vault ID. */
                    id?: string;
                    /** @description Vault name. */
                    name?: string;
                    /** @description The resources being backed up. */
                    resources?: {
                        /** @description Extra information of the resource. */
                        extra_info?: string;
                        /** @description ID of the resource. */
                        id?: string;
                        /** @description Name of the resource. */
                        name?: string;
                        /**
                         * @description Protection status.
                         * @enum {string}
                         */
                        protect_status?: "available" | "error" | "protecting" | "restoring" | "removing";
                        /** @description Allocated capacity of the resource, in GB (a string). */
                        resource_size?: string;
                        /** @description Type of the resource: `OS::Nova::Server`, `OS::Cinder::Volume` and others. */
                        type?: string;
                        /** @description Size of the resource's backups (a string). */
                        backup_size?: string;
                        /** @description Number of the resource's backups (a string). */
                        backup_count?: string;
                    }[];
                    /**
                     * @description Resources that were not backed up, with why (for example, a
                     *     backup of it is already running). A skipped resource gets no
                     *     backup from this checkpoint, yet the call answers 200.
                     */
                    skipped_resources?: {
                        /** @description Resource ID. */
                        id?: string;
                        /** @description Resource type. */
                        type?: string;
                        /** @description Resource name. */
                        name?: string;
                        /** @description The error code of why it was skipped. */
                        code?: string;
                        /** @description Why it was skipped, such as "the resource is being backed up". */
                        reason?: string;
                    }[];
                };
                /** @description Extended information. */
                extra_info?: {
                    /** @description Backup name. */
                    name?: string;
                    /** @description Backup description. */
                    description?: string;
                    /** @description Days the backup is kept. */
                    retention_duration?: number;
                };
            };
        };
        /** @description The body of "Restoring a Backup". */
        BackupRestoreRequest: {
            /** @description What to restore to. */
            restore: {
                /**
                 * @description Which disk backup (a child of the server backup) goes to which disk;
                 *     required to restore a server, ignored for a disk.
                 */
                mappings?: {
                    /** @description The disk backup (a child of the server backup). */
                    backup_id: string;
                    /** @description The disk to restore it to. */
                    volume_id: string;
                }[];
                /** @description Whether the server is started after the restore. Default true. */
                power_on?: boolean;
                /** @description The server to restore to; required to restore a server backup. */
                server_id?: string;
                /** @description The disk to restore to; required to restore a disk backup. */
                volume_id?: string;
                /** @description The resource to restore to (file systems and desktops). */
                resource_id?: string;
                /** @description Where file backups are restored to. */
                details?: {
                    /** @description The destination path. */
                    destination_path: string;
                };
            };
        };
        /**
         * @description The body of "Modifying a Policy". backupkit sends only `enabled`; the other
         *     fields, as Huawei's SDK (PolicyUpdate) has them, change the policy's name,
         *     retention and schedule.
         */
        PolicyUpdateRequest: {
            /** @description The fields to change; those left out keep their value. */
            policy: {
                /** @description Whether the policy's scheduled backups run. */
                enabled?: boolean;
                /** @description Policy name, up to 64 characters. */
                name?: string;
                /** @description Retention (`max_backups`, `retention_duration_days`, `day_backups` … with `timezone`). */
                operation_definition?: Record<string, never>;
                /** @description The schedule: `properties.pattern`, a list of iCalendar RRULE lines. */
                trigger?: Record<string, never>;
            };
        };
        /** @description One policy. */
        PolicyResponse: {
            policy: components["schemas"]["Policy"];
        };
        /** @description The answer to "Querying the Policy List". */
        PolicyList: {
            /** @description The policies. */
            policies?: components["schemas"]["Policy"][];
            /** @description Number of policies. */
            count?: number;
        };
        /**
         * @description A timestamp in UTC. The ShowBackup page shows it without a zone and
         *     with microseconds (`2020-02-05T10:38:34.209782`); Huawei's ListBackups
         *     example sends milliseconds and `+00:00`
         *     (`2020-02-21T07:07:25.114+00:00`). The zone-less form is not RFC 3339
         *     `date-time`, so this spec records what is sent with a pattern. Read a
         *     zone-less value as UTC.
         * @example 2020-02-05T10:38:34.209782
         */
        Timestamp: string;
        /**
         * @description Backup status
         * @enum {string}
         */
        BackupStatus: "available" | "protecting" | "deleting" | "restoring" | "error" | "waiting_protect" | "waiting_delete" | "waiting_restore";
        /** @description The body of ShowBackup. */
        BackupGetResponse: {
            /** @description Backup */
            backup: components["schemas"]["BackupDetail"];
        };
        /** @description The body of ListBackups. */
        BackupList: {
            /** @description Backup list */
            backups?: components["schemas"]["BackupResp"][];
            /** @description Number of backups matching the query (not only on this page). */
            count?: number;
            /** @description The offset the page starts at. */
            offset?: number;
            /** @description Number of records per page. */
            limit?: number;
        };
        /**
         * @description The backup ShowBackup returns (Table 4 of the page). The page lists the
         *     fields of BackupResp plus `children`; the sample also carries
         *     `enterprise_project_id`, so the two shapes are the same and BackupDetail
         *     is BackupResp.
         */
        BackupDetail: components["schemas"]["BackupResp"];
        /** @description A backup (Table 6 of the page), as ListBackups returns it and as ShowBackup nests it in `children`. */
        BackupResp: {
            /** @description Restore point ID */
            checkpoint_id?: string;
            /** @description Creation time, for example, 2020-02-05T10:38:34.209782 */
            created_at?: components["schemas"]["Timestamp"];
            /** @description Backup description */
            description?: string | null;
            /** @description Expiration time, for example, 2020-02-05T10:38:34.209782. `null` when the backup does not expire. */
            expired_at?: components["schemas"]["Timestamp"] | null;
            /** @description Extended information */
            extend_info?: components["schemas"]["BackupExtendInfo"];
            /** @description Backup ID */
            id?: string;
            /**
             * @description Backup type: `backup`, or `replication` for cross-region
             *     replication backups. Huawei's SDK dropped the enum from responses
             *     in 0.1.124 (2024-11-28), so the spec does not close the list.
             * @example backup
             * @example replication
             */
            image_type?: string;
            /**
             * @description Whether the backup is incremental. Sent here since SDK 0.1.88
             *     (2024-03-28), which removed `extend_info.incremental`: read this
             *     first, then the old field.
             */
            incremental?: boolean;
            /**
             * @description The snapshot type of the backup copy (Huawei's wording; the values
             *     are not documented). New in SDK 0.1.124 (2024-11-28).
             */
            version?: number;
            /** @description Backup name */
            name?: string;
            /** @description Parent backup ID. `null` on a top-level backup. */
            parent_id?: string | null;
            /** @description Project ID */
            project_id?: string;
            /** @description Backup time */
            protected_at?: components["schemas"]["Timestamp"] | null;
            /** @description Resource availability zone */
            resource_az?: string | null;
            /** @description Resource ID */
            resource_id?: string;
            /** @description Resource name */
            resource_name?: string;
            /** @description Resource size, in GB */
            resource_size?: number;
            /**
             * @description Resource type, which can be OS::Nova::Server, OS::Cinder::Volume,
             *     OS::Ironic::BareMetalServer, or OS::Sfs::Turbo. Huawei's current
             *     reference also lists OS::Native::Server and OS::Workspace::DesktopV2,
             *     so the spec does not close the list.
             * @example OS::Nova::Server
             * @example OS::Cinder::Volume
             * @example OS::Ironic::BareMetalServer
             * @example OS::Sfs::Turbo
             */
            resource_type?: string;
            status?: components["schemas"]["BackupStatus"];
            /** @description Update time, for example, 2020-02-05T10:38:34.209782 */
            updated_at?: components["schemas"]["Timestamp"] | null;
            /** @description Vault ID */
            vault_id?: string;
            /** @description Enterprise project ID. Its default value is 0. */
            enterprise_project_id?: string;
            /**
             * @description Backup provider ID, which tells what kind of object was backed up.
             *     Not in the page's tables; the sample carries it. Huawei's reference
             *     documents `0daac4c5-6707-4851-97ba-169e36266b66` (cloud servers),
             *     `d1603440-187d-4516-af25-121250c7cc97` (EVS disks),
             *     `3f3c3220-245c-4805-b811-758870015881` (SFS Turbo) and
             *     `a13639de-00be-4e94-af30-26912d75e4a2` (hybrid cloud VMware backups).
             */
            provider_id?: string;
            /**
             * @description The child backups, e.g. the disk backups of a whole-server backup.
             *     The page lists it on BackupDetail only; the sample carries an empty
             *     array on the child too.
             */
            children?: components["schemas"]["BackupResp"][];
            /**
             * @description Replication records. Not on the page; from Huawei's public
             *     reference. ListBackups sends them only with `show_replication=true`.
             */
            replication_records?: components["schemas"]["ReplicationRecordGet"][];
        };
        /** @description Extended information (Table 5). */
        BackupExtendInfo: {
            /** @description Whether the backup is automatically generated */
            auto_trigger?: boolean;
            /** @description Whether the backup is a system disk backup */
            bootable?: boolean | null;
            /**
             * @deprecated
             * @description Whether the backup is an incremental backup. Moved to the backup's
             *     top-level `incremental` in SDK 0.1.88 (2024-03-28).
             */
            incremental?: boolean;
            /** @description Snapshot ID of the disk backup */
            snapshot_id?: string | null;
            /** @description Whether to allow lazyloading for fast restoration */
            support_lld?: boolean | null;
            /**
             * @description Restoration mode. Possible values are na, snapshot, and backup.
             *     snapshot indicates the backup can be used to create a full-server
             *     image. backup indicates the data is restored from backups of the EVS
             *     disks of the server. na indicates the backup can only be used to
             *     create new resources but cannot be used for restoration.
             *
             *     Default: na
             * @enum {string|null}
             */
            supported_restore_mode?: "na" | "backup" | "snapshot" | null;
            /** @description ID list of images created using backups */
            os_images_data?: components["schemas"]["ImageData"][] | null;
            /** @description Whether the VM backup data contains system disk data */
            contain_system_disk?: boolean;
            /** @description Whether the backup is encrypted */
            encrypted?: boolean;
            /** @description Whether the disk is a system disk */
            system_disk?: boolean;
            /** @description Whether the backup is stored across availability zones. */
            is_multi_az?: boolean;
            /**
             * @description Progress of the backup. Not in the page's tables; the sample carries
             *     it, always `null`.
             */
            progress?: number | null;
            app_consistency?: components["schemas"]["AppConsistency"];
        };
        /**
         * @description Application-consistent backup state of a whole-server backup. Neither
         *     the page's tables nor its sample list it; the OpenTelekomCloud Go SDK's
         *     recorded ShowBackup response carries it
         *     (`fixtures/huawei-cbr/published/`), every value a string.
         */
        AppConsistency: {
            /** @description Whether the backup was taken application-consistent ("0" when not) */
            app_consistency?: string;
            /** @description Status of the application-consistent backup */
            app_consistency_status?: string;
            /** @description Error code of a failed application-consistent backup ("0" for none) */
            app_consistency_error_code?: string;
            /** @description Error message of a failed application-consistent backup */
            app_consistency_error_message?: string;
        };
        /** @description An image created from a backup (Table 7). */
        ImageData: {
            /** @description Image ID */
            image_id?: string;
        };
        /** @description One replication of the backup to another region or vault. From Huawei's public reference. */
        ReplicationRecordGet: {
            /** @description Start time of the replication */
            created_at?: components["schemas"]["Timestamp"];
            /** @description ID of the backup created in the destination */
            destination_backup_id?: string;
            /** @description ID of the restore point created in the destination */
            destination_checkpoint_id?: string;
            /** @description ID of the destination project */
            destination_project_id?: string;
            /** @description Destination region */
            destination_region?: string;
            /** @description ID of the destination vault */
            destination_vault_id?: string;
            /** @description Additional information about the replication */
            extra_info?: components["schemas"]["ReplicationRecordsExtraInfo"];
            /** @description Replication record ID */
            id: string;
            /** @description ID of the source backup */
            source_backup_id?: string;
            /** @description ID of the source restore point */
            source_checkpoint_id?: string;
            /** @description ID of the source project */
            source_project_id?: string;
            /** @description Source region */
            source_region?: string;
            /**
             * @description Replication status
             * @enum {string}
             */
            status?: "replicating" | "success" | "fail" | "skip" | "waiting_replicate";
            /** @description ID of the vault holding the backup */
            vault_id?: string;
        };
        /** @description Additional information about a replication (Table 8). */
        ReplicationRecordsExtraInfo: {
            /** @description Replication progress */
            progress?: number;
            /** @description Error code. This field is empty if the operation is successful. */
            fail_code?: string;
            /** @description Error cause */
            fail_reason?: string;
            /** @description Whether replication is automatically scheduled */
            auto_trigger?: boolean;
            /** @description Destination vault ID. Named so since SDK 0.1.169 (2025-09-18). */
            destination_vault_id?: string;
            /**
             * @deprecated
             * @description Destination vault ID, under the name Huawei's reference used before SDK 0.1.169.
             */
            destinatio_vault_id?: string;
        };
        /**
         * @description An error body, in one of the three shapes Huawei's SDK core reads
         *     (`core/sdkerr/errors.go`): CBR's and the API gateway's
         *     `{error_code, error_msg}`, the `{code, message}` some Huawei services
         *     send, and IAM's `{"error": {code, message, title}}`.
         */
        ErrorBody: components["schemas"]["CbrErrorBody"] | components["schemas"]["CodeMessageErrorBody"] | components["schemas"]["NestedErrorBody"];
        /** @description The error body of CBR and of Huawei's API gateway. */
        CbrErrorBody: {
            /** @description The error code, e.g. `BackupService.6302`; see Huawei's CBR error code list. */
            error_code: string;
            /** @description The error message. */
            error_msg: string;
            /** @description The request ID, sent by Huawei's API gateway with the errors it raises itself. */
            request_id?: string;
            /** @description An encoded explanation of an authorization failure, which Huawei's SDK core reads too. */
            encoded_authorization_message?: string;
        };
        /** @description An error body as `{code, message}`, which Huawei's SDK core reads when `error_code` is absent. */
        CodeMessageErrorBody: {
            /** @description The error code. */
            code: string;
            /** @description The error message. */
            message: string;
            /** @description The request ID. */
            request_id?: string;
        };
        /**
         * @description The error pair nested one level down, as IAM sends it (a token that
         *     IAM itself rejects). Huawei's SDK core looks one level into the body
         *     for it.
         */
        NestedErrorBody: {
            /** @description What went wrong. */
            error: {
                /** @description The error code; IAM sends the HTTP status as a number. */
                code?: string | number;
                /** @description The error message. */
                message?: string;
                /** @description A short title, e.g. `Unauthorized`. */
                title?: string;
            };
        };
        /** @description Operation info of a vault (its size, use and what it protects). */
        VaultBilling: {
            /** @description Allocated capacity, in GB. */
            allocated?: number;
            /** @description Creation mode: `pre_paid` (yearly/monthly) or `post_paid` (pay-per-use). */
            charging_mode?: string;
            /** @description Cloud type: `public` or `hybrid`. */
            cloud_type?: string;
            /** @description Vault specification: `crash_consistent` or `app_consistent`. */
            consistent_level?: string;
            /** @description Object type: `server`, `disk`, `turbo` and others. */
            object_type?: string;
            /** @description Order ID. */
            order_id?: string;
            /** @description Product ID. */
            product_id?: string;
            /** @description Protection type: `backup` or `replication`. */
            protect_type?: string;
            /** @description Capacity, in GB. */
            size?: number;
            /** @description Specification code. */
            spec_code?: string;
            /** @description Vault status: `available`, `lock`, `frozen`, `deleting` or `error`. */
            status?: string;
            /** @description Name of the bucket for the vault. */
            storage_unit?: string;
            /** @description Used capacity, in MB. */
            used?: number;
            /** @description Scenario when an account is frozen. */
            frozen_scene?: string;
        };
        /** @description A resource (server, disk, file system) bound to a vault, which CBR backs up. */
        VaultResource: {
            /** @description ID of the resource to be backed up. */
            id?: string;
            /** @description Name of the resource to be backed up. */
            name?: string;
            /** @description Type of the resource to be backed up: `OS::Nova::Server`, `OS::Cinder::Volume`, `OS::Sfs::Turbo` and others. */
            type?: string;
            /** @description Protection status: `available`, `error`, `protecting`, `restoring` or `removing`. */
            protect_status?: string;
            /** @description Allocated capacity for the associated resource, in GB. */
            size?: number;
            /** @description Number of backups. */
            backup_count?: number;
            /** @description Backup size. */
            backup_size?: number;
            /** @description Extra information of the resource. */
            extra_info?: {
                /** @description IDs of the disks that will not be backed up. */
                exclude_volumes?: string[];
            };
        };
        /** @description A vault, the container CBR stores backups in, with the resources bound to it. */
        Vault: {
            /** @description Vault ID. */
            id?: string;
            /** @description Vault name. */
            name?: string;
            /** @description User-defined vault description. */
            description?: string | null;
            /** @description Project ID. */
            project_id?: string;
            /** @description ID of the vault resource type. */
            provider_id?: string;
            /** @description Creation time, for example `2020-02-05T10:38:34.209782`. */
            created_at?: string;
            /** @description Whether automatic association is enabled. */
            auto_bind?: boolean;
            /** @description Association rule. */
            bind_rules?: Record<string, never>;
            /** @description Whether to enable auto capacity expansion for the vault. */
            auto_expand?: boolean;
            /** @description Enterprise project ID. The default value is `0`. */
            enterprise_project_id?: string;
            /** @description User ID. */
            user_id?: string;
            billing?: components["schemas"]["VaultBilling"];
            /** @description Vault resources. */
            resources?: components["schemas"]["VaultResource"][];
            /** @description Vault tags. */
            tags?: {
                /** @description Key. */
                key?: string;
                /** @description Value. */
                value?: string;
            }[];
        };
        /** @description One page of the project's vaults. */
        VaultList: {
            /** @description Vault instance list. */
            vaults: components["schemas"]["Vault"][];
            /** @description Number of vaults. */
            count?: number;
            /** @description Number of records displayed on each page. */
            limit?: number;
            /** @description Offset where the query starts. */
            offset?: number;
        };
        /** @description A backup or replication policy, as "Querying the Policy List" and "Modifying a Policy" answer it. */
        Policy: {
            /** @description Whether the policy is enabled, that is, whether its scheduled backups run. */
            enabled: boolean;
            /** @description Policy ID. */
            id: string;
            /** @description Policy name. */
            name: string;
            /**
             * @description What the policy does: `backup` (scheduled backups) or `replication`.
             * @enum {string}
             */
            operation_type: "backup" | "replication";
            /** @description How long the policy's backups are kept, and where replication goes. */
            operation_definition?: {
                /** @description Daily backups kept (the day's latest), 0 to 100; needs `timezone`. */
                day_backups?: number;
                /** @description Weekly backups kept, 0 to 100; needs `timezone`. */
                week_backups?: number;
                /** @description Monthly backups kept, 0 to 100; needs `timezone`. */
                month_backups?: number;
                /** @description Yearly backups kept, 0 to 100; needs `timezone`. */
                year_backups?: number;
                /** @description Most backups kept per resource, -1 (no limit by count) or 0 to 99999. */
                max_backups?: number;
                /** @description Days a backup is kept, up to 99999; -1 keeps it regardless of age. */
                retention_duration_days?: number;
                /** @description The user's time zone, such as `UTC+08:00`. */
                timezone?: string;
                /** @description A full backup after this many incremental ones, -1 (never) to 100. */
                full_backup_interval?: number;
                /** @description The replication destination project (cross-region replication). */
                destination_project_id?: string;
                /** @description The replication destination region (cross-region replication). */
                destination_region?: string;
                /** @description Whether cross-region replication is accelerated. */
                enable_acceleration?: boolean;
                /** @description The cross-account replication vault of a cross-account replication policy. */
                cross_account_urn?: string;
            };
            /** @description When the policy runs. */
            trigger?: {
                /** @description Scheduler ID. */
                id?: string;
                /** @description Scheduler name. */
                name?: string;
                /**
                 * @description Scheduler type: only `time`.
                 * @enum {string}
                 */
                type?: "time";
                /** @description The schedule. */
                properties?: {
                    /** @description iCalendar RRULE lines, such as `FREQ=DAILY;INTERVAL=1;BYHOUR=14;BYMINUTE=00`. */
                    pattern?: string[];
                    /** @description When the scheduler starts, such as `2020-01-08 09:59:49`. */
                    start_time?: string;
                };
            };
            /** @description The vaults the policy is applied to. One vault has at most one backup policy. */
            associated_vaults?: {
                /** @description Vault ID. */
                vault_id: string;
                /** @description The replication destination vault, for a replication policy. */
                destination_vault_id?: string;
            }[];
            /** @description `custom_policy`, or an organization policy (`organization_policy_v1`, `organization_policy_v2`, `organization_policy_removed`). */
            policy_type?: string;
        };
    };
    responses: {
        /** @description The request is invalid, for example a malformed ID or filter. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "BackupService.9900",
                 *       "error_msg": "Invalid parameter."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The token is missing, expired or invalid (reported by Huawei's API gateway). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The backup does not exist in this project. CBR reports a missing
         *     backup with error code `BackupService.6302`.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "BackupService.6302",
                 *       "error_msg": "Resource 6df2b54c-dd62-4059-a07c-1b8f24f2725d not found."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The API gateway's throttling threshold has been reached; retry later. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error_code": "APIGW.0308",
                 *       "error_msg": "The throttling threshold has been reached.",
                 *       "request_id": "0b8f7c3e2d1a4b5c9e6f7a8b9c0d1e2f"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Error */
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
        /** @description Project ID */
        project_id: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listVaults: {
        parameters: {
            query?: {
                /** @description Cloud type: `public` (the default) or `hybrid`. */
                cloud_type?: "public" | "hybrid";
                /**
                 * @description Enterprise project ID, or `all_granted_eps` to query every
                 *     enterprise project the user has permissions on.
                 */
                enterprise_project_id?: string;
                /** @description Vault ID. */
                id?: string;
                /** @description Maximum number of records to return, from 1 to 1000. The default is 1000. */
                limit?: number;
                /** @description Vault name. */
                name?: string;
                /** @description Object type: `server` (cloud server), `disk` (EVS disk) or `turbo` (file system), among others. */
                object_type?: string;
                /** @description Offset. The default value is 0. */
                offset?: number;
                /** @description Policy ID. */
                policy_id?: string;
                /** @description Protection type: `backup` or `replication`. */
                protect_type?: "backup" | "replication";
                /** @description Resource IDs (UUIDs), separated by commas. */
                resource_ids?: string;
                /** @description Vault status: `available`, `lock`, `frozen`, `deleting` or `error`. */
                status?: string;
            };
            header?: never;
            path: {
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vaults of the project, with their resources. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "vaults": [
                     *         {
                     *           "id": "ad7627ae-5b0b-492e-b6bd-cd809b745197",
                     *           "name": "vault-web",
                     *           "description": "Web servers",
                     *           "project_id": "4229d7a45436489f8c3dc2b1d35d4987",
                     *           "provider_id": "0daac4c5-6707-4851-97ba-169e36266b66",
                     *           "created_at": "2020-09-04T06:57:37.344+00:00",
                     *           "auto_bind": false,
                     *           "bind_rules": {},
                     *           "enterprise_project_id": "0",
                     *           "billing": {
                     *             "allocated": 40,
                     *             "charging_mode": "post_paid",
                     *             "cloud_type": "public",
                     *             "consistent_level": "crash_consistent",
                     *             "object_type": "server",
                     *             "protect_type": "backup",
                     *             "size": 100,
                     *             "spec_code": "vault.backup.server.normal",
                     *             "status": "available",
                     *             "used": 0
                     *           },
                     *           "resources": [
                     *             {
                     *               "id": "97595625-198e-4e4d-879b-9d53f68ba551",
                     *               "name": "ecs-web-01",
                     *               "type": "OS::Nova::Server",
                     *               "protect_status": "available",
                     *               "size": 40,
                     *               "backup_count": 3,
                     *               "backup_size": 0,
                     *               "extra_info": {
                     *                 "exclude_volumes": []
                     *               }
                     *             }
                     *           ],
                     *           "tags": []
                     *         }
                     *       ],
                     *       "count": 1,
                     *       "limit": 1000,
                     *       "offset": 0
                     *     }
                     */
                    "application/json": components["schemas"]["VaultList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /** @description Restore point (checkpoint) ID. */
                checkpoint_id?: string;
                /** @description Whether it is a Dedicated Cloud (DeC) scenario. */
                dec?: boolean;
                /**
                 * @description End of the time range in which the backups were created, in
                 *     `%YYYY-%mm-%ddT%HH:%MM:%SSZ` format, for example
                 *     `2018-02-01T12:00:00Z`.
                 */
                end_time?: string;
                /**
                 * @description Enterprise project ID, or `all_granted_eps` to query every
                 *     enterprise project the user has permissions on.
                 */
                enterprise_project_id?: string;
                /**
                 * @description Backup type: `backup` (common backup) or `replication`
                 *     (cross-region replication backup).
                 */
                image_type?: "backup" | "replication";
                /** @description Whether the backup is incremental: `true` incremental, `false` full. */
                incremental?: boolean;
                /** @description Maximum number of records to return. */
                limit?: number;
                /** @description ID of the last record displayed on the previous page. */
                marker?: string;
                /**
                 * @description Sharing status of shared backups. Huawei documents `pending` (the
                 *     invitation is sent and not answered), `accepted` and `rejected`.
                 */
                member_status?: "pending" | "accepted" | "rejected";
                /**
                 * @description Backup name, at most 255 characters of letters, digits,
                 *     underscores (_) and hyphens (-).
                 */
                name?: string;
                /** @description Offset of the first record to return. */
                offset?: number;
                /**
                 * @description Ownership of the backups to query: `private` (backups owned by this
                 *     project), `shared` (backups other projects share with it) or
                 *     `all_granted` (both).
                 */
                own_type?: "private" | "shared" | "all_granted";
                /** @description Parent backup ID, in UUID format. */
                parent_id?: string;
                /** @description Filters by the availability zone of the backed-up resource. */
                resource_az?: string;
                /** @description ID of the backed-up resource. */
                resource_id?: string;
                /** @description Name of the backed-up resource. */
                resource_name?: string;
                /**
                 * @description Type of the backed-up resource, for example `OS::Nova::Server` or
                 *     `OS::Cinder::Volume`.
                 */
                resource_type?: string;
                /**
                 * @description Properties and directions to sort by, as `<key1>[:<direction>],<key2>[:<direction>]`.
                 *     A direction is `asc` or `desc` (the default). Keys: `created_at`,
                 *     `updated_at`, `name`, `status`, `protected_at`, `id`. At most 255
                 *     characters.
                 * @example created_at:desc
                 */
                sort?: string;
                /**
                 * @description Start of the time range in which the backups were created, in
                 *     `%YYYY-%mm-%ddT%HH:%MM:%SSZ` format, for example
                 *     `2018-02-01T12:00:00Z`.
                 */
                start_time?: string;
                /**
                 * @description Backup status. Repeat the parameter to match any of several
                 *     (`status=available&status=error`).
                 */
                status?: components["schemas"]["BackupStatus"][];
                /**
                 * @description Whether to return each backup's `replication_records`. Without it
                 *     ListBackups leaves them out.
                 */
                show_replication?: boolean;
                /**
                 * @description Returns only the backups of vaults whose usage is at least this
                 *     percentage, from 1 to 100 (`used_percent=80`: vaults 80% full or
                 *     more). Huawei's SDK sends it as a string.
                 */
                used_percent?: string;
                /** @description Vault ID. */
                vault_id?: string;
            };
            header?: never;
            path: {
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of backups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 1,
                     *       "backups": [
                     *         {
                     *           "provider_id": "0daac4c5-6707-4851-97ba-169e36266b66",
                     *           "checkpoint_id": "8b0851a8-adf3-4f4c-a914-dead08bf9664",
                     *           "enterprise_project_id": "0",
                     *           "updated_at": null,
                     *           "vault_id": "3b5816b5-f29c-4172-9d9a-76c719a659ce",
                     *           "id": "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
                     *           "resource_az": "az1.dc1",
                     *           "image_type": "backup",
                     *           "resource_id": "94eba8b2-acc9-4d82-badc-127144cc5526",
                     *           "resource_size": 40,
                     *           "children": [
                     *             {
                     *               "provider_id": "0daac4c5-6707-4851-97ba-169e36266b66",
                     *               "checkpoint_id": "8b0851a8-adf3-4f4c-a914-dead08bf9664",
                     *               "updated_at": null,
                     *               "vault_id": "3b5816b5-f29c-4172-9d9a-76c719a659ce",
                     *               "id": "5d822633-2bbf-4af8-a16e-5ab1c7705235",
                     *               "resource_az": null,
                     *               "image_type": "backup",
                     *               "resource_id": "eccbcfdd-f843-4bbb-b2c0-a5ce861f9376",
                     *               "resource_size": 40,
                     *               "children": [],
                     *               "parent_id": "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
                     *               "extend_info": {
                     *                 "auto_trigger": true,
                     *                 "supported_restore_mode": null,
                     *                 "os_images_data": null,
                     *                 "snapshot_id": "5230a977-1a94-4092-8edd-519303a44cda",
                     *                 "bootable": true,
                     *                 "progress": null,
                     *                 "support_lld": null,
                     *                 "encrypted": true
                     *               },
                     *               "project_id": "4229d7a45436489f8c3dc2b1d35d4987",
                     *               "status": "available",
                     *               "resource_name": "ecs-1f0f-0002",
                     *               "description": null,
                     *               "expired_at": null,
                     *               "name": "autobk_a843_ecs-1f0f-0002",
                     *               "created_at": "2019-05-10T07:59:59.450700",
                     *               "protected_at": null,
                     *               "resource_type": "OS::Cinder::Volume"
                     *             }
                     *           ],
                     *           "parent_id": null,
                     *           "extend_info": {
                     *             "auto_trigger": true,
                     *             "supported_restore_mode": "backup",
                     *             "os_images_data": null,
                     *             "contain_system_disk": true,
                     *             "snapshot_id": null,
                     *             "bootable": null,
                     *             "progress": null,
                     *             "support_lld": true
                     *           },
                     *           "project_id": "4229d7a45436489f8c3dc2b1d35d4987",
                     *           "status": "available",
                     *           "resource_name": "ecs-1f0f-0002",
                     *           "description": "backup_description",
                     *           "expired_at": null,
                     *           "name": "backup_name",
                     *           "created_at": "2019-05-10T07:59:12.084695",
                     *           "protected_at": null,
                     *           "resource_type": "OS::Nova::Server"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    showBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backup ID */
                backup_id: string;
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "backup": {
                     *         "provider_id": "0daac4c5-6707-4851-97ba-169e36266b66",
                     *         "checkpoint_id": "8b0851a8-adf3-4f4c-a914-dead08bf9664",
                     *         "enterprise_project_id": "0",
                     *         "updated_at": null,
                     *         "vault_id": "3b5816b5-f29c-4172-9d9a-76c719a659ce",
                     *         "id": "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
                     *         "resource_az": "az1.dc1",
                     *         "image_type": "backup",
                     *         "resource_id": "94eba8b2-acc9-4d82-badc-127144cc5526",
                     *         "resource_size": 40,
                     *         "children": [
                     *           {
                     *             "provider_id": "0daac4c5-6707-4851-97ba-169e36266b66",
                     *             "checkpoint_id": "8b0851a8-adf3-4f4c-a914-dead08bf9664",
                     *             "updated_at": null,
                     *             "vault_id": "3b5816b5-f29c-4172-9d9a-76c719a659ce",
                     *             "id": "5d822633-2bbf-4af8-a16e-5ab1c7705235",
                     *             "resource_az": null,
                     *             "image_type": "backup",
                     *             "resource_id": "eccbcfdd-f843-4bbb-b2c0-a5ce861f9376",
                     *             "resource_size": 40,
                     *             "children": [],
                     *             "parent_id": "6df2b54c-dd62-4059-a07c-1b8f24f2725d",
                     *             "extend_info": {
                     *               "auto_trigger": true,
                     *               "supported_restore_mode": null,
                     *               "os_images_data": null,
                     *               "snapshot_id": "5230a977-1a94-4092-8edd-519303a44cda",
                     *               "bootable": true,
                     *               "progress": null,
                     *               "support_lld": null,
                     *               "encrypted": true
                     *             },
                     *             "project_id": "4229d7a45436489f8c3dc2b1d35d4987",
                     *             "status": "available",
                     *             "resource_name": "ecs-1f0f-0002",
                     *             "description": null,
                     *             "expired_at": null,
                     *             "name": "autobk_a843_ecs-1f0f-0002",
                     *             "created_at": "2019-05-10T07:59:59.450700",
                     *             "protected_at": null,
                     *             "resource_type": "OS::Cinder::Volume"
                     *           }
                     *         ],
                     *         "parent_id": null,
                     *         "extend_info": {
                     *           "auto_trigger": true,
                     *           "supported_restore_mode": "backup",
                     *           "os_images_data": null,
                     *           "contain_system_disk": true,
                     *           "snapshot_id": null,
                     *           "bootable": null,
                     *           "progress": null,
                     *           "support_lld": true
                     *         },
                     *         "project_id": "4229d7a45436489f8c3dc2b1d35d4987",
                     *         "status": "available",
                     *         "resource_name": "ecs-1f0f-0002",
                     *         "description": "backup_description",
                     *         "expired_at": null,
                     *         "name": "backup_name",
                     *         "created_at": "2019-05-10T07:59:12.084695",
                     *         "protected_at": null,
                     *         "resource_type": "OS::Nova::Server"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BackupGetResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    deleteBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backup ID */
                backup_id: string;
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion was accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The deletion was accepted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backup ID */
                backup_id: string;
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "restore": {
                 *         "mappings": [
                 *           {
                 *             "backup_id": "5d822633-2bbf-4af8-a16e-5ab1c7705235",
                 *             "volume_id": "eccbcfdd-f843-4bbb-b2c0-a5ce861f9376"
                 *           }
                 *         ],
                 *         "power_on": true,
                 *         "server_id": "94eba8b2-acc9-4d82-badc-127144cc5526"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BackupRestoreRequest"];
            };
        };
        responses: {
            /** @description The restore was started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    createCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "checkpoint": {
                 *         "parameters": {
                 *           "auto_trigger": false,
                 *           "description": "backupdes",
                 *           "incremental": true,
                 *           "name": "backupname",
                 *           "resources": [
                 *             "94eba8b2-acc9-4d82-badc-127144cc5526"
                 *           ]
                 *         },
                 *         "vault_id": "3b5816b5-f29c-4172-9d9a-76c719a659ce"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CheckpointCreateRequest"];
            };
        };
        responses: {
            /** @description The checkpoint was created; its backups are being taken. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "checkpoint": {
                     *         "created_at": "2019-05-10T07:59:12.733627",
                     *         "id": "8b0851a8-adf3-4f4c-a914-dead08bf9664",
                     *         "project_id": "4229d7a45436489f8c3dc2b1d35d4987",
                     *         "status": "protecting",
                     *         "vault": {
                     *           "id": "3b5816b5-f29c-4172-9d9a-76c719a659ce",
                     *           "name": "vault-8538"
                     *         },
                     *         "extra_info": {
                     *           "name": "backupname",
                     *           "description": "backupdes"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CheckpointCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    listPolicies: {
        parameters: {
            query?: {
                /** @description Policy type: `backup` or `replication`. */
                operation_type?: "backup" | "replication";
                /** @description Vault ID. */
                vault_id?: string;
            };
            header?: never;
            path: {
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "policies": [
                     *         {
                     *           "associated_vaults": [
                     *             {
                     *               "vault_id": "3b5816b5-f29c-4172-9d9a-76c719a659ce"
                     *             }
                     *           ],
                     *           "enabled": true,
                     *           "id": "cbb3ce6f-3332-4e7c-b98e-77290d8471ff",
                     *           "name": "policy001",
                     *           "operation_definition": {
                     *             "max_backups": 10,
                     *             "timezone": "UTC+08:00"
                     *           },
                     *           "operation_type": "backup",
                     *           "trigger": {
                     *             "id": "d67269a6-5369-42d7-8150-5254bd446328",
                     *             "name": "default",
                     *             "properties": {
                     *               "pattern": [
                     *                 "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=14;BYMINUTE=00"
                     *               ],
                     *               "start_time": "2019-05-08 06:57:05"
                     *             },
                     *             "type": "time"
                     *           }
                     *         }
                     *       ],
                     *       "count": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PolicyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    updatePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Policy ID */
                policy_id: string;
                /** @description Project ID */
                project_id: components["parameters"]["project_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "policy": {
                 *         "enabled": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PolicyUpdateRequest"];
            };
        };
        responses: {
            /** @description The policy as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "policy": {
                     *         "associated_vaults": [
                     *           {
                     *             "vault_id": "3b5816b5-f29c-4172-9d9a-76c719a659ce"
                     *           }
                     *         ],
                     *         "enabled": false,
                     *         "id": "cbb3ce6f-3332-4e7c-b98e-77290d8471ff",
                     *         "name": "policy001",
                     *         "operation_definition": {
                     *           "max_backups": 10,
                     *           "timezone": "UTC+08:00"
                     *         },
                     *         "operation_type": "backup",
                     *         "trigger": {
                     *           "id": "d67269a6-5369-42d7-8150-5254bd446328",
                     *           "name": "default",
                     *           "properties": {
                     *             "pattern": [
                     *               "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYHOUR=14;BYMINUTE=00"
                     *             ],
                     *             "start_time": "2019-05-08 06:57:05"
                     *           },
                     *           "type": "time"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            default: components["responses"]["ErrorResponse"];
        };
    };
}
