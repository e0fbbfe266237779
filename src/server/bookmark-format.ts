/** One database state a Neo4j bookmark names: the database's id and the transaction to wait for. */
export interface BookmarkState {
  /** Database id as 32 lower-case hex digits. */
  readonly database: string;
  readonly transactionId: number;
}

/**
 * Reads a Neo4j 5 bookmark ("FB:" + base64 of PackStream: a list of (16-byte database id, transaction
 * id) pairs, then a list of external graphs) so that the API can refuse one the database cannot reach
 * before asking it to wait. Returns undefined for anything that is not such a bookmark.
 */
export function decodeBookmark(bookmark: string): BookmarkState[] | undefined {
  if (!bookmark.startsWith('FB:')) return undefined;
  const bytes = Buffer.from(bookmark.slice(3), 'base64');
  if (bytes.length === 0) return undefined;
  const reader = new PackStreamReader(bytes);
  try {
    const states: BookmarkState[] = [];
    const count = reader.listHeader();
    for (let i = 0; i < count; i++) {
      const id = reader.bytes();
      if (id.length !== 16) return undefined;
      const transactionId = reader.integer();
      if (transactionId < 0) return undefined;
      states.push({ database: id.toString('hex'), transactionId });
    }
    return states;
  } catch {
    return undefined;
  }
}

/** Just the PackStream markers a bookmark uses. Throws on anything else or on running out of bytes. */
class PackStreamReader {
  private offset = 0;

  constructor(private readonly buffer: Buffer) {}

  listHeader(): number {
    const marker = this.u8();
    if (marker >= 0x90 && marker <= 0x9f) return marker & 0x0f;
    if (marker === 0xd4) return this.u8();
    if (marker === 0xd5) return this.take(2).readUInt16BE(0);
    throw new Error('not a list');
  }

  bytes(): Buffer {
    const marker = this.u8();
    if (marker === 0xcc) return this.take(this.u8());
    if (marker === 0xcd) return this.take(this.take(2).readUInt16BE(0));
    throw new Error('not bytes');
  }

  integer(): number {
    const marker = this.u8();
    if (marker <= 0x7f) return marker;
    if (marker >= 0xf0) return marker - 0x100;
    if (marker === 0xc8) return this.take(1).readInt8(0);
    if (marker === 0xc9) return this.take(2).readInt16BE(0);
    if (marker === 0xca) return this.take(4).readInt32BE(0);
    if (marker === 0xcb) return Number(this.take(8).readBigInt64BE(0));
    throw new Error('not an integer');
  }

  private u8(): number {
    return this.take(1).readUInt8(0);
  }

  private take(length: number): Buffer {
    if (this.offset + length > this.buffer.length) throw new Error('truncated');
    const slice = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}
