# Three stages: build with every dependency, install the production ones alone, then an image with
# those, the built dist/ and the image's own Node.js 24: no compiler, no test tools, and not the
# Node.js that `npm ci` brings as a development dependency (the image has one already).

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
EXPOSE 3000
# Built as root; runs as a user who cannot write dist/.
USER node
CMD ["node", "dist/src/main.js"]
