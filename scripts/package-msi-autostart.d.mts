export const RUN_KEY: string;
export const RUN_VALUE_NAME: string;
export function autostartComponent(executableFile: string): string;
export function addAutostart(wxs: string, executableFile?: string): string;
export function msiProjectCreated(projectFile: string): Promise<void>;
