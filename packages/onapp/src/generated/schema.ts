/**
 * This file is generated from specs/onapp/openapi.yaml by scripts/codegen.mjs (openapi-typescript).
 * Do not edit it by hand: change the spec and run `npm run generate`.
 */

export interface paths {
    "/virtual_machines.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of VSs (JSON)
         * @description The virtual servers the user may see, in one list (no pagination). Each
         *     entry wraps one virtual server in a `virtual_machine` object. The
         *     Control Panel sends many more fields than are modelled here (CPU
         *     shares, IP addresses, billing...); they are passed through untyped.
         */
        get: operations["listVirtualMachinesJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backups/{backup_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get backup details (JSON)
         * @description One backup by its ID, wrapped in a `backup` object: the same fields as
         *     an entry of the virtual server's list. OnApp's PHP API wrapper documents
         *     the call as "Get a particular Backup details" (`GET /backups/{ID}.json`).
         */
        get: operations["getBackupJson"];
        put?: never;
        post?: never;
        /**
         * Delete Backup
         * @description Deletes a backup (OnApp's "Delete Backup"): it is marked for deletion
         *     (`marked_for_delete: true`) and removed by a transaction. Its data is
         *     lost for good.
         */
        delete: operations["deleteBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/{virtual_machine_id}/backups/images.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups of a virtual server (JSON)
         * @description An array of backups is returned. If there are no backups, an empty array
         *     is returned. Each entry wraps one backup in a `backup` object.
         */
        get: operations["listVirtualMachineBackupImagesJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/{virtual_machine_id}/backups/images.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backups of a virtual server (XML)
         * @description The same list as the `.json` call, as an XML document: a
         *     `<backups type="array">` root with one `<backup>` element per backup.
         *     Values are typed by a `type` attribute (`integer`, `boolean`,
         *     `datetime`; none means a string) and `nil="true"` marks null.
         *
         *     The page's sample starts with a no-break space (U+00A0) before
         *     `<?xml`, which strict XML parsers reject; the example keeps it, and
         *     `parseOnappBackupsXml` tolerates leading whitespace.
         */
        get: operations["listVirtualMachineBackupImagesXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settings/disks/{disk_id}/backups.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Disk Backup
         * @description Backs up a disk (OnApp's "Create Backup"). The backup is queued: it
         *     starts `built: false` and becomes `built: true` when the transaction
         *     completes. Not idempotent: each call queues a new backup. The optional
         *     note names it. Doubt: OnApp's guide shows the created backup as the
         *     answer (201); the shape is the same as "Get Backup Details".
         */
        post: operations["createDiskBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/backups/{backup_id}/restore.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore Backup
         * @description Restores a backup onto the disk (or virtual server) it was taken of
         *     (OnApp's "Restore Backup"). The data there now is **overwritten**. The
         *     virtual server is stopped for the restore. Doubt: the guide shows a
         *     201 with no body.
         */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/{virtual_machine_id}/autobackup_enable.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable Autobackup
         * @description Turns automatic backups of the virtual server on (OnApp's "Enable
         *     Autobackup"), on the schedules of its billing plan or its own. Sends no body. Doubt: the
         *     guide shows a 200 with no body.
         */
        post: operations["autobackupEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/virtual_machines/{virtual_machine_id}/autobackup_disable.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable Autobackup
         * @description Turns automatic backups of the virtual server off (OnApp's "Disable
         *     Autobackup"). Backups already taken are kept. Sends no body. Doubt: the
         *     guide shows a 200 with no body.
         */
        post: operations["autobackupDisable"];
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
        /** @description The optional body of "Create Backup". */
        BackupNoteRequest: {
            /** @description The new backup's settings. */
            backup?: {
                /** @description A note that names the backup. */
                note?: string;
            };
        };
        /** @description One backup, wrapped as OnApp wraps it. */
        BackupWrapper: {
            backup: components["schemas"]["Backup"];
        };
        /**
         * Format: date-time
         * @description An RFC 3339 timestamp with a zone offset, e.g. `2015-08-13T02:00:49+00:00`
         *     or `2013-12-24T14:34:06+03:00` (the Control Panel's own zone).
         * @example 2015-08-13T02:00:49+00:00
         */
        Timestamp: string;
        /**
         * @description One backup of a virtual server's disk (normal backups) or of the whole
         *     virtual server (incremental backups).
         */
        Backup: {
            /**
             * @description True if resizing CPU & RAM is allowed without restarting the storage
             *     server backed up. This is the name the API sends; the page's field
             *     list calls it `allowed_resize_without_reboot`.
             */
            allow_resize_without_reboot?: boolean;
            /**
             * @deprecated
             * @description Documented but not sent: the page's field list uses this name, while
             *     its JSON and XML samples carry `allow_resize_without_reboot`. Kept so
             *     a server that follows the documentation still types; read
             *     `allow_resize_without_reboot` first.
             */
            allowed_resize_without_reboot?: boolean;
            /** @description True if hot migration is allowed for the storage server backed up. */
            allowed_hot_migrate?: boolean;
            /** @description True if swap disk is allowed for storage server backed up, otherwise false. */
            allowed_swap?: boolean;
            /** @description The ID of the backup server on which the backup is stored. */
            backup_server_id?: number;
            /** @description The disk space taken by this backup in kB (1 kB = 1024 bytes). */
            backup_size?: number;
            /**
             * @description `normal` or `incremental`.
             * @enum {string}
             */
            backup_type?: "normal" | "incremental";
            /** @description True if the storage server backed up has been built. */
            built?: boolean;
            /**
             * @description The date when the disk backup was built. `null` while the backup is
             *     not built yet (`built` false).
             */
            built_at?: components["schemas"]["Timestamp"] | null;
            /** @description The date when the record in the database was created. */
            created_at?: components["schemas"]["Timestamp"];
            /** @description The date when this record in database was updated. */
            updated_at?: components["schemas"]["Timestamp"];
            /**
             * @description Data store type: `lvm`, `vmware` or `solidfire`.
             * @enum {string}
             */
            data_store_type?: "lvm" | "vmware" | "solidfire";
            /**
             * @description The ID of the disk backed up. Not in the page's field list; the samples
             *     send it, `null` for an incremental (virtual server) backup.
             */
            disk_id?: number | null;
            /** @description The ID of this backup. */
            id?: number;
            /** @description Disk identifier. */
            identifier?: string;
            /**
             * @description Backup type (currently only `tar` is available). The XML sample sends
             *     it as nil; the JSON sample leaves it out.
             * @enum {string|null}
             */
            image_type?: "tar" | null;
            /**
             * @description Period when backup is initiated: `days`, `weeks`, `months`, or
             *     `years` (an automatic, scheduled backup). The JSON sample also sends
             *     `manual` (a backup taken on request), which the page's list omits.
             * @enum {string}
             */
            initiated?: "manual" | "days" | "weeks" | "months" | "years";
            /**
             * @description Not in the page's field list and not described (an iSCSI qualified
             *     name, going by its name); both samples send `null`.
             */
            iqn?: string | null;
            /** @description True if the storage server backed up has been locked. */
            locked?: boolean;
            /** @description The backup is marked for deletion (for auto-backups). */
            marked_for_delete?: boolean;
            /** @description The minimum disk size (GB, as OnApp sizes disks elsewhere in its API). */
            min_disk_size?: number;
            /**
             * @description The minimum memory size (MB, as OnApp sizes memory elsewhere in its
             *     API). Not in the page's field list; both samples send it.
             */
            min_memory_size?: number;
            /**
             * @description A note about the backup. Not in the page's field list; both samples
             *     send `null`.
             */
            note?: string | null;
            /**
             * @description The OS of the storage server backed up.
             * @example linux
             * @example windows
             * @example freebsd
             */
            operating_system?: string;
            /**
             * @description The OS distribution of the storage server backed up.
             * @example rhel
             * @example ubuntu
             */
            operating_system_distro?: string;
            /** @description ID of a backup target. */
            target_id?: number;
            /**
             * @description Target for which the backup was taken; for normal backups it is a disk
             *     (`Disk`), for incremental backups it's virtual server (`VirtualMachine`).
             * @enum {string}
             */
            target_type?: "Disk" | "VirtualMachine";
            /** @description The ID of a template from which the storage server backed up was built. */
            template_id?: number;
            /** @description The ID of a user the storage server belongs to. */
            user_id?: number;
            /** @description Data store ID. Both samples send `null`. */
            volume_id?: number | null;
        };
        /** @description One entry of the list, wrapping one backup. */
        BackupListItem: {
            backup: components["schemas"]["Backup"];
        };
        /** @description The backups of a virtual server; empty when it has none. */
        BackupList: components["schemas"]["BackupListItem"][];
        /**
         * @description A virtual server (VS), reduced to the fields backupkit reads and the
         *     common ones; the Control Panel sends many more, which pass through.
         */
        VirtualMachine: {
            /** @description The virtual server ID; the `virtual_machine_id` of its backups list. */
            id?: number;
            /** @description The VS identifier (a random string, e.g. `p1sd837fuofl73`). */
            identifier?: string;
            /** @description The VS label, its name in the Control Panel. */
            label?: string;
            /** @description The host name of the VS. */
            hostname?: string;
            /** @description True if the VS is running, otherwise false. */
            booted?: boolean;
            /** @description True if the VS is built, otherwise false. */
            built?: boolean;
            /** @description True if the VS is locked (a transaction is running on it), otherwise false. */
            locked?: boolean;
            /** @description True if the VS is suspended, otherwise false. */
            suspended?: boolean;
            /** @description The number of CPUs. */
            cpus?: number;
            /** @description The RAM size in MB. */
            memory?: number;
            /** @description The size of all the VS's disks together, in GB. */
            total_disk_size?: number;
            /**
             * @description The operating system used by the VS.
             * @example linux
             * @example windows
             * @example freebsd
             */
            operating_system?: string;
            /**
             * @description The operating system distribution.
             * @example rhel
             * @example ubuntu
             */
            operating_system_distro?: string;
            /** @description The ID of the template the VS is based on. */
            template_id?: number;
            /** @description The label of the template the VS is based on. */
            template_label?: string | null;
            /** @description The ID of the compute resource (hypervisor) the VS runs on; `null` when it has none. */
            hypervisor_id?: number | null;
            /** @description The ID of the user the VS belongs to. */
            user_id?: number;
            /** @description The date when the VS was created. */
            created_at?: components["schemas"]["Timestamp"];
            /** @description The date when the VS was last updated. */
            updated_at?: components["schemas"]["Timestamp"];
            enable_autobackups?: components["schemas"]["EnableAutobackups"];
        };
        /** @description One entry of the list, wrapping one virtual server. */
        VirtualMachineListItem: {
            virtual_machine: components["schemas"]["VirtualMachine"];
        };
        /** @description The virtual servers the user may see; empty when there are none. */
        VirtualMachineList: components["schemas"]["VirtualMachineListItem"][];
        /**
         * @description The `BackupList` as an XML document: `<backups type="array">` with one
         *     `<backup>` element per backup, each field an element named as in
         *     `Backup`, typed by `type="integer|boolean|datetime"` (no attribute: a
         *     string) and `nil="true"` for null. An empty list is an empty
         *     `<backups type="array"/>`.
         */
        BackupListXml: string;
        /**
         * @description OnApp's error envelope. `errors` is a list of messages, or for failed
         *     validations (422) the messages per field.
         */
        ErrorBody: {
            /** @description The error messages. */
            errors: string[] | {
                [key: string]: string[];
            };
        };
        /**
         * @description The `ErrorBody` as an XML document: `<errors>` with one `<error>` element
         *     per message.
         */
        ErrorBodyXml: string;
        /**
         * @description True if automatic backups are enabled for the VS (OnApp then takes them on
         *     the schedules of its auto-backup presets), otherwise false. The API guide
         *     sends it with every VS; older Control Panels may leave it out.
         */
        EnableAutobackups: boolean;
    };
    responses: {
        /**
         * @description The credentials are missing or wrong. OnApp's guide does not list this
         *     status or its body; treat the body as opaque text.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The request failed: 403 correct but could not be processed, 404 no such
         *     virtual server (or a wrong URL), 422 erroneous parameters.
         */
        ErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request failed, as XML; see the JSON variant for the statuses. */
        ErrorResponseXml: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example <?xml version="1.0" encoding="UTF-8"?>
                 *     <errors>
                 *       <error>Virtual server not found</error>
                 *     </errors>
                 */
                "application/xml": components["schemas"]["ErrorBodyXml"];
            };
        };
        /**
         * @description 500: an error occurred (OnApp asks to contact support); 503: the Control
         *     Panel is overloaded or in maintenance, try again later. The body is not
         *     specified.
         */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Any other status, such as a 429 or 408 from a proxy or load balancer in
         *     front of the Control Panel. OnApp documents none of them; the body is
         *     not specified.
         */
        OtherStatus: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /** @description The ID of the virtual server (VS) whose backups to list. */
        virtualMachineId: number;
        /** @description The ID of the backup. */
        backupId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listVirtualMachinesJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual servers; an empty array when there are none. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "virtual_machine": {
                     *           "id": 488,
                     *           "identifier": "p1sd837fuofl73",
                     *           "label": "web-488",
                     *           "hostname": "web-488",
                     *           "booted": true,
                     *           "built": true,
                     *           "locked": false,
                     *           "suspended": false,
                     *           "cpus": 2,
                     *           "memory": 2048,
                     *           "total_disk_size": 20,
                     *           "operating_system": "linux",
                     *           "operating_system_distro": "rhel",
                     *           "template_id": 128,
                     *           "template_label": "CentOS 7.1 x64",
                     *           "hypervisor_id": 3,
                     *           "user_id": 337,
                     *           "created_at": "2015-08-12T10:12:31+00:00",
                     *           "updated_at": "2015-08-13T02:01:38+00:00"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["VirtualMachineList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            "5XX": components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    getBackupJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the backup. */
                backup_id: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "backup": {
                     *         "allow_resize_without_reboot": true,
                     *         "allowed_hot_migrate": true,
                     *         "allowed_swap": true,
                     *         "backup_server_id": 1,
                     *         "backup_size": 930584,
                     *         "built": true,
                     *         "built_at": "2015-08-13T02:00:49+00:00",
                     *         "created_at": "2015-08-13T01:59:20+00:00",
                     *         "data_store_type": "lvm",
                     *         "id": 6117,
                     *         "identifier": "lx6gqklzwedsvy",
                     *         "initiated": "manual",
                     *         "iqn": null,
                     *         "locked": false,
                     *         "marked_for_delete": false,
                     *         "min_disk_size": 5,
                     *         "min_memory_size": 384,
                     *         "note": null,
                     *         "operating_system": "linux",
                     *         "operating_system_distro": "rhel",
                     *         "target_id": 488,
                     *         "target_type": "VirtualMachine",
                     *         "template_id": 128,
                     *         "updated_at": "2015-08-13T02:01:38+00:00",
                     *         "user_id": 337,
                     *         "volume_id": null,
                     *         "backup_type": "incremental",
                     *         "disk_id": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BackupListItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            "5XX": components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    deleteBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the backup. */
                backup_id: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deletion was queued. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            422: components["responses"]["ErrorResponse"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    listVirtualMachineBackupImagesJson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the virtual server (VS) whose backups to list. */
                virtual_machine_id: components["parameters"]["virtualMachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual server's backups; an empty array when it has none. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "backup": {
                     *           "allow_resize_without_reboot": true,
                     *           "allowed_hot_migrate": true,
                     *           "allowed_swap": true,
                     *           "backup_server_id": 1,
                     *           "backup_size": 930584,
                     *           "built": true,
                     *           "built_at": "2015-08-13T02:00:49+00:00",
                     *           "created_at": "2015-08-13T01:59:20+00:00",
                     *           "data_store_type": "lvm",
                     *           "id": 6117,
                     *           "identifier": "lx6gqklzwedsvy",
                     *           "initiated": "manual",
                     *           "iqn": null,
                     *           "locked": false,
                     *           "marked_for_delete": false,
                     *           "min_disk_size": 5,
                     *           "min_memory_size": 384,
                     *           "note": null,
                     *           "operating_system": "linux",
                     *           "operating_system_distro": "rhel",
                     *           "target_id": 488,
                     *           "target_type": "VirtualMachine",
                     *           "template_id": 128,
                     *           "updated_at": "2015-08-13T02:01:38+00:00",
                     *           "user_id": 337,
                     *           "volume_id": null,
                     *           "backup_type": "incremental",
                     *           "disk_id": null
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["BackupList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            422: components["responses"]["ErrorResponse"];
            "5XX": components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    listVirtualMachineBackupImagesXml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the virtual server (VS) whose backups to list. */
                virtual_machine_id: components["parameters"]["virtualMachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The virtual server's backups as XML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <backups type="array">
                     *       <backup>
                     *         <allow_resize_without_reboot type="boolean">false</allow_resize_without_reboot>
                     *         <allowed_hot_migrate type="boolean">true</allowed_hot_migrate>
                     *         <allowed_swap type="boolean">true</allowed_swap>
                     *         <backup_server_id type="integer">1</backup_server_id>
                     *         <backup_size type="integer">310896</backup_size>
                     *         <built type="boolean">true</built>
                     *         <built_at type="datetime">2013-12-24T14:34:06+03:00</built_at>
                     *         <created_at type="datetime">2013-12-24T14:31:20+03:00</created_at>
                     *         <data_store_type>lvm</data_store_type>
                     *         <id type="integer">1951</id>
                     *         <identifier>uml64qyvbzv1kb</identifier>
                     *         <image_type nil="true"/>
                     *         <initiated>days</initiated>
                     *         <iqn nil="true"/>
                     *         <locked type="boolean">false</locked>
                     *         <marked_for_delete type="boolean">false</marked_for_delete>
                     *         <min_disk_size type="integer">5</min_disk_size>
                     *         <min_memory_size type="integer">128</min_memory_size>
                     *         <note nil="true"/>
                     *         <operating_system>linux</operating_system>
                     *         <operating_system_distro>ubuntu</operating_system_distro>
                     *         <target_id type="integer">11860</target_id>
                     *         <target_type>Disk</target_type>
                     *         <template_id type="integer">897</template_id>
                     *         <updated_at type="datetime">2013-12-24T14:34:06+03:00</updated_at>
                     *         <user_id type="integer">1875</user_id>
                     *         <volume_id nil="true"/>
                     *         <backup_type>normal</backup_type>
                     *         <disk_id type="integer">11860</disk_id>
                     *       </backup>
                     *     </backups>
                     */
                    "application/xml": components["schemas"]["BackupListXml"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponseXml"];
            404: components["responses"]["ErrorResponseXml"];
            422: components["responses"]["ErrorResponseXml"];
            "5XX": components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    createDiskBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the disk to back up. */
                disk_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "backup": {
                 *         "note": "before upgrade"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BackupNoteRequest"];
            };
        };
        responses: {
            /** @description The backup was queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupWrapper"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            422: components["responses"]["ErrorResponse"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the backup. */
                backup_id: components["parameters"]["backupId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restore was queued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            422: components["responses"]["ErrorResponse"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    autobackupEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the virtual server (VS) whose backups to list. */
                virtual_machine_id: components["parameters"]["virtualMachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            422: components["responses"]["ErrorResponse"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
    autobackupDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the virtual server (VS) whose backups to list. */
                virtual_machine_id: components["parameters"]["virtualMachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ErrorResponse"];
            404: components["responses"]["ErrorResponse"];
            422: components["responses"]["ErrorResponse"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServerError"];
            default: components["responses"]["OtherStatus"];
        };
    };
}
