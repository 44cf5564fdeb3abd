# syntax=docker/dockerfile:1
# MediNest production image: `next build` with output 'standalone', run as a non-root user.
# compose.yaml runs it beside PostgreSQL 15 and Redis 7; README "Docker" says how.

ARG NODE_IMAGE=node:20-bookworm-slim

# Every dependency, dev ones included: `next build` needs TypeScript, Tailwind and the rest.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# The build, and the tools stage compose uses to migrate (`npm run db:migrate` needs tsx and the sources).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Built without a database or Redis, as scripts/e2e-app.ts does: the cache handler is chosen at start.
# Then the service worker (public/sw.js), which precaches this build's files.
# Instances that share forms must share this key: pass the production one as a build argument.
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
RUN DATABASE_URL= UPSTASH_REDIS_REST_URL= UPSTASH_REDIS_REST_TOKEN= npx next build \
 && npx tsx scripts/build-service-worker.ts

# The image that runs: server.js and the node_modules its trace found (next.config.mjs
# outputFileTracingIncludes adds the files read with fs: Scalar's bundle, tesseract's model).
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    DATA_DIR=/data
RUN groupadd --system --gid 1001 medinest \
 && useradd --system --uid 1001 --gid medinest --home-dir /app --shell /usr/sbin/nologin medinest \
 && mkdir -p /data && chown medinest:medinest /data
COPY --from=build --chown=medinest:medinest /app/.next/standalone ./
# Next leaves static assets and public/ out of standalone: the server serves them from here.
COPY --from=build --chown=medinest:medinest /app/.next/static ./.next/static
COPY --from=build --chown=medinest:medinest /app/public ./public
USER medinest
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
