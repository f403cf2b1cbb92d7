// IPC channel names shared by main and preload. Kept dependency-free because the sandboxed
// preload bundle may only pull in 'electron' and plain code.
export const INVOKE_CHANNEL = 'planwright:invoke';
export const MENU_CHANNEL = 'planwright:menu';

export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(x: unknown): x is MenuCommand {
  return typeof x === 'string' && (MENU_COMMANDS as readonly string[]).includes(x);
}
