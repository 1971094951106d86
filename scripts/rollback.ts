// npm run rollback -- --target ssh://user@host/path [--to <release>]
// Switches the server's `current` back to the previous release (or the one named) in one rename.
import { rollback } from '../src/lib/publish/remote-site.ts';
import { deployOptions } from './deploy-options.ts';

try {
  const { options, values } = deployOptions(process.argv.slice(2), { to: { type: 'string' } });
  await rollback({ ...options, ...(values.to ? { to: values.to as string } : {}) });
} catch (error) {
  console.error(error instanceof Error ? `✗ ${error.message}` : error);
  process.exit(1);
}
