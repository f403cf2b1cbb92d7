// Small inline SVG icons (16px grid, currentColor). Decorative: callers give the text meaning.
import type { ReactElement } from 'react';
import './controls.css';

export type IconName =
  'pin' | 'warn' | 'block' | 'check' | 'car' | 'clock' | 'close' | 'chevron-left' | 'chevron-right' | 'away' | 'flag' | 'lock';

const PATHS: Record<IconName, ReactElement> = {
  pin: <path d="M9.5 1.5 14.5 6.5 12.8 7.2 10.4 9.6 10.2 12.8 8.8 14.2 5.9 11.3 2.2 15 1 13.8 4.7 10.1 1.8 7.2 3.2 5.8 6.4 5.6 8.8 3.2z" />,
  warn: <path d="M8 1.2 15.2 14H.8zM7.2 6v4h1.6V6zm0 5.2v1.6h1.6v-1.6z" fillRule="evenodd" />,
  block: (
    <path
      d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.8a5.2 5.2 0 0 1 4.1 8.4L4.8 3.9A5.2 5.2 0 0 1 8 2.8zM3.9 4.8l7.3 7.3A5.2 5.2 0 0 1 3.9 4.8z"
      fillRule="evenodd"
    />
  ),
  check: <path d="M6.2 11.6 2.6 8l-1.2 1.2 4.8 4.8L14.6 5.6l-1.2-1.2z" />,
  car: (
    <path
      d="M3.2 7 4.4 3.8C4.6 3.3 5 3 5.6 3h4.8c.6 0 1 .3 1.2.8L12.8 7H14v5h-1.5v1.5h-2V12h-5v1.5h-2V12H2V7zm1.7 0h6.2l-.9-2.4H5.8zM4 9.2a.9.9 0 1 0 1.8 0 .9.9 0 0 0-1.8 0zm6.2 0a.9.9 0 1 0 1.8 0 .9.9 0 0 0-1.8 0z"
      fillRule="evenodd"
    />
  ),
  clock: (
    <path
      d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 8 2.6zM7.2 4v4.5l3.4 2 .8-1.3-2.6-1.6V4z"
      fillRule="evenodd"
    />
  ),
  close: <path d="m3.4 2.3 4.6 4.6 4.6-4.6 1.1 1.1L9.1 8l4.6 4.6-1.1 1.1L8 9.1l-4.6 4.6-1.1-1.1L6.9 8 2.3 3.4z" />,
  'chevron-left': <path d="M10.3 2.3 4.6 8l5.7 5.7 1.1-1.1L6.8 8l4.6-4.6z" />,
  'chevron-right': <path d="M5.7 2.3 11.4 8l-5.7 5.7-1.1-1.1L9.2 8 4.6 3.4z" />,
  away: <path d="M2 2h12v12H2zm1.6 1.6v8.8h8.8V3.6zM4.5 10.4l6-6 1.1 1.1-6 6z" fillRule="evenodd" />,
  flag: <path d="M3 1.5h1.6v.8h8.6l-1.8 3.4 1.8 3.4H4.6v5.4H3z" />,
  lock: <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2H13v7.5H3V7zm1.7 0h3.6V5a1.8 1.8 0 0 0-3.6 0z" fillRule="evenodd" />,
};

export function Icon({ name, size = 12, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={['icon', className].filter(Boolean).join(' ')}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
