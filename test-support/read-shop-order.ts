import { createHash } from 'node:crypto';
import { getOrderForUser } from '@/lib/orders/queries';
import { readPrescriptionFile } from '@/lib/prescriptions/file-access';

/**
 * Run as its own process on a database and data folder (DATABASE_URL, DATA_DIR), as the app
 * would be: prints what the shopper's order page and the prescription file route would read.
 * `tsx --conditions=react-server test-support/read-shop-order.ts <userId> <orderNumber> <prescriptionId>`
 */
const [userId, orderNumber, prescriptionId] = process.argv.slice(2) as [string, string, string];
const order = await getOrderForUser(userId, orderNumber);
const file = await readPrescriptionFile({ id: userId, role: 'customer', ip: null, readsAnyFile: false }, prescriptionId, 'view');
console.log(JSON.stringify({ order, file: { mime: file.mime, bytes: file.bytes.length, sha256: createHash('sha256').update(file.bytes).digest('hex') } }));
process.exit(0);
