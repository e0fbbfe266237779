# The API image for docker-compose.yml. Neo4j runs in its own container there, so this image needs
# neither Java nor Maven.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "bin/quartiersnetz.js", "up"]
