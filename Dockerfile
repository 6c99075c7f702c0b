# The kubeward container: `kubeward serve` (and `scan`) with the prebuilt policy library.
# Documented recipe; not built in this repository's CI (no container engine there).
#
#   docker build -t registry.example.com/kubeward/kubeward:0.1.0 .
#
# Stage 1 builds the CLI bundle and compiles the Rego library with the pinned opa (Go is needed for
# bootstrap's tools); stage 2 carries only Node, the bundle, the wasm library and opa-wasm.
FROM golang:1.26-bookworm AS tools
WORKDIR /src
COPY scripts/ scripts/
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/bootstrap.mjs --only opa && node scripts/build.mjs

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=tools /src/bin/ bin/
COPY --from=tools /src/dist/ dist/
COPY --from=tools /src/bundles/ bundles/
COPY --from=tools /src/schemas/ schemas/
USER 65532:65532
EXPOSE 8443
# SIGTERM reaches node directly (exec form): in-flight admission requests finish before exit.
ENTRYPOINT ["node", "/app/bin/kubeward.js"]
CMD ["serve", "--tls-cert=/tls/tls.crt", "--tls-key=/tls/tls.key"]
