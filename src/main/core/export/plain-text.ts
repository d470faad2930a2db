// Plain text is derived in core/content (it is also what an entry stores); exporters keep this path.
export { lexicalToPlainText, type PlainTextOptions } from '../content/plain-text';
