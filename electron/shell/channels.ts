// IPC channel names shared by main and preload. Kept dependency-free because the sandboxed
// preload bundle may only pull in 'electron' and plain code.
export { MENU_COMMANDS, type MenuCommand } from '../../shared/api/bridge';
import { MENU_COMMANDS, type MenuCommand } from '../../shared/api/bridge';

export const INVOKE_CHANNEL = 'planwright:invoke';
export const MENU_CHANNEL = 'planwright:menu';

export function isMenuCommand(x: unknown): x is MenuCommand {
  return typeof x === 'string' && (MENU_COMMANDS as readonly string[]).includes(x);
}
