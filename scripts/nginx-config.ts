import path from 'node:path';

/**
 * nginx in front of several `next start` instances, as the README recommends, written for a
 * temporary prefix so it runs without root: pid, logs and buffers stay in `dir`. With `pinHeader`,
 * a request carrying that header (value: an instance's name) goes to that instance only, so a test
 * can act through one instance and read through the other.
 */
export function nginxConfig(options: { dir: string; listenPort: number; instances: { name: string; port: number }[]; pinHeader?: string }): string {
  const { dir, listenPort, instances, pinHeader } = options;
  const temp = (name: string) => path.join(dir, name);
  const servers = instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=1 fail_timeout=10s;`).join('\n');
  const pinned = pinHeader
    ? [
        ...instances.map((i) => `  upstream ${i.name} { server 127.0.0.1:${i.port}; }`),
        `  map $http_${pinHeader.replaceAll('-', '_')} $pool {`,
        '    default shop;',
        ...instances.map((i) => `    ${i.name} ${i.name};`),
        '  }',
      ].join('\n')
    : '';
  return `daemon off;
worker_processes 1;
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  client_max_body_size 12m;

  upstream shop {
${servers}
  }
${pinned}

  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://${pinHeader ? '$pool' : 'shop'};
      proxy_http_version 1.1;
      # The shop checks that a form's Origin matches the host it was sent to.
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # An instance that is down or restarting: try the next one. A POST that reached an instance
      # is never sent twice (nginx retries non-idempotent requests only if they were not sent).
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_buffers 16 32k;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}
