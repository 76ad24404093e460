/** The agreement's version as printed on the document and in its file name; bumps with amendments. */
export const SLA_VERSION = 1;
