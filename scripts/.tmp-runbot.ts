import pino from "/work/main/node_modules/pino";
import { buildApp } from '../src/index';
import { loadConfig } from '../src/config';
const app = buildApp(loadConfig({ LOG_LEVEL: 'info' } as any), pino({ level: 'info' }));
app.server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening'));
