/**
 * The names of every IPC channel, without their schemas: the sandboxed preload needs only these, and leaving zod out
 * of it keeps each window's start light. channels.ts must give each exactly one entry (the compiler checks both ways).
 */
export const channelNames = [
  'app:info',
  'app:setLocale',
  'app:ready',
  'status:get',
  'device:check',
  'notice:get',
  'notice:respond',
  'notice:emailDraft',
  'notice:savePdf',
  'link:open',
  'settings:list',
  'settings:set',
  'cleanup:scan',
  'cleanup:clear',
  'cleanup:undo',
  'cleanup:cancel',
  'kept:list',
  'kept:clear',
  'kept:clearItem',
  'cleanup:allowed',
] as const;

export type Channel = (typeof channelNames)[number];
