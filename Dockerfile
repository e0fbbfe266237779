# The API image for docker-compose.yml. Neo4j runs in its own container there, so this image needs
# neither Java nor Maven. Built with the dev dependencies (TypeScript, bundler), run without them and
# as the unprivileged user `node`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 4000
CMD ["node", "bin/quartiersnetz.js", "up"]
