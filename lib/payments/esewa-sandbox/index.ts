export { controlSandbox, type SandboxCommand } from './control-client';
export { formatCallbackAmount, SandboxLedger, type SandboxTransaction, type StatusOverride } from './ledger';
export { FORM_PATH, startEsewaSandbox, STATUS_PATH, type EsewaSandbox, type EsewaSandboxOptions } from './server';
