/** The version `peerpath --version` prints; kept apart so the fast path in main.ts loads nothing else. */
export const VERSION = '0.1.0';
