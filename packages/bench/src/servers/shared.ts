/** Facts the servers and the suites that fork them agree on. */

/** The one path the request-overhead server answers, below its `/v4` base. */
export const LINODE_BACKUPS_PATH = "/linode/instances/123/backups";
export const LINODE_INSTANCE_ID = 123;

/** The Northflank page server's destination id and page size. */
export const NORTHFLANK_DESTINATION = "bench-destination";
export const NORTHFLANK_PER_PAGE = 100;
