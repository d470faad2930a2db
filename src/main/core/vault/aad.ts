/**
 * Associated data binds every ciphertext to where it belongs: this vault, this kind of file, this
 * id (and revision). A file copied under another name or into another vault then fails to open.
 * Parts never contain a newline (ids and kinds are validated), so joining with "\n" is unambiguous.
 */
export function aad(vaultId: string, kind: string, ...parts: Array<string | number>): Buffer {
  return Buffer.from(['landscape-vault/1', vaultId, kind, ...parts.map(String)].join('\n'), 'utf8');
}
