import type { Command } from 'commander';
import type { CliIO } from './io';

/** Sets the run's exit code (the last call wins). */
export type SetExitCode = (code: number) => void;

/** Registers every command. Each command lives in its own file. */
export function registerCommands(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program.version(VERSION, '-v, --version', 'print the version of sla');
  program.description('SLA-as-code: lint, render and evaluate service level agreements written in YAML.');
  void io;
  void setExitCode;
}

declare const __SLA_VERSION__: string | undefined;
export const VERSION: string = typeof __SLA_VERSION__ === 'string' ? __SLA_VERSION__ : '0.0.0-dev';
