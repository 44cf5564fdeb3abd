import { describe, expect, it } from 'vitest';
import { chooseDevPort } from './dev-server-port';

const taken = (...ports: number[]) => async (port: number) => !ports.includes(port);

describe('the development server port', () => {
  it('stays on 3000 when it is free and points APP_URL at it', async () => {
    expect(await chooseDevPort(['dev'], {}, taken())).toEqual({ port: 3000, asked: 3000, args: ['dev', '--port', '3000'], appUrl: 'http://localhost:3000' });
  });

  it('moves to the next free port when 3000 is taken, and APP_URL moves with it', async () => {
    expect(await chooseDevPort(['dev'], {}, taken(3000, 3001))).toEqual({ port: 3002, asked: 3000, args: ['dev', '--port', '3002'], appUrl: 'http://localhost:3002' });
  });

  it('refuses when APP_URL names a local port the server cannot have', async () => {
    await expect(chooseDevPort(['dev'], { APP_URL: 'http://localhost:3000' }, taken(3000))).rejects.toThrow(
      'APP_URL is http://localhost:3000 but this server would listen on port 3001 (3000 is in use)',
    );
  });

  it('keeps a public APP_URL (a tunnel in front) as it is', async () => {
    expect(await chooseDevPort(['dev'], { APP_URL: 'https://shop.example.ngrok.app' }, taken(3000))).toMatchObject({ port: 3001, appUrl: undefined });
  });

  it('refuses a port asked for with -p or PORT that is taken, rather than moving', async () => {
    await expect(chooseDevPort(['dev', '-p', '4000'], {}, taken(4000))).rejects.toThrow('Port 4000 is in use');
    await expect(chooseDevPort(['dev'], { PORT: '4000' }, taken(4000))).rejects.toThrow('Port 4000 is in use');
    expect(await chooseDevPort(['dev', '--port=4001', '--turbopack'], {}, taken())).toMatchObject({ port: 4001, args: ['dev', '--turbopack', '--port', '4001'] });
  });
});
