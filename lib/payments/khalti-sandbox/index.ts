export { controlKhaltiSandbox, type KhaltiSandboxCommand } from './control-client';
export { KhaltiSandboxLedger, type KhaltiLookupOverride, type KhaltiSandboxSession } from './ledger';
export { startKhaltiSandbox, type KhaltiSandbox, type KhaltiSandboxOptions } from './server';
