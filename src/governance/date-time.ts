/** The `format`s the governance schemas use: one definition for run-time compiles and the build's generated validators. */

/** RFC 3339 date-time, as the exemption and exception schemas require. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The formats, by name, as ajv takes them (`formats` option). */
export const SCHEMA_FORMATS = { "date-time": DATE_TIME } as const;
