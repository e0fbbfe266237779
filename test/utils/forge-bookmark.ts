import type { BookmarkState } from '../../src/server/bookmark-format';

/** Encodes a Neo4j 5 bookmark naming `states`: how an attacker forges one with a far-future transaction id. */
export function encodeBookmark(states: readonly BookmarkState[]): string {
  const parts: Buffer[] = [Buffer.from([0x90 + states.length])];
  for (const state of states) {
    parts.push(Buffer.from([0xcc, 16]), Buffer.from(state.database, 'hex'));
    const id = Buffer.alloc(9);
    id.writeUInt8(0xcb, 0);
    id.writeBigInt64BE(BigInt(state.transactionId), 1);
    parts.push(id);
  }
  parts.push(Buffer.from([0x90]));
  return `FB:${Buffer.concat(parts).toString('base64')}`;
}
