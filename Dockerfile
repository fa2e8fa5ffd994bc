# syntax=docker/dockerfile:1
# secgraph as an immutable replica: the graph is built when the image is built, so every container
# of the image serves the same graph and starts from it in about a second (docs/operations.md).
#
#   docker build -t secgraph .                       # content/ of this repository
#   docker build --build-arg CONTENT=docs-src -t secgraph .
#   docker run -p 3000:3000 secgraph

# --- build: compile, derive the start-up artefacts (OpenAPI JSON, standalone validators, UI), build the graph
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY openapi ./openapi
COPY src ./src
RUN npm run build
ARG CONTENT=content
COPY ${CONTENT} ./content
# A build with errors fails the image build: a replica never ships a graph `serve` would refuse.
RUN node dist/src/cli/main.js build --content content --out graph.json

# --- runtime: production dependencies and the built files only, as the unprivileged `node` user
FROM node:20-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 LOG_FORMAT=json
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/openapi ./openapi
COPY --from=build /app/dist ./dist
COPY --from=build /app/graph.json ./graph.json
USER node
EXPOSE 3000
# Readiness: 503 while the graph loads, 200 once it serves (liveness is /healthz).
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/cli/main.js", "serve", "--graph", "graph.json"]
