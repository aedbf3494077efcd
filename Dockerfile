# The API and the built web app in one image. Used by docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NPM_CONFIG_LOGLEVEL=error
COPY package.json pnpm-workspace.yaml pnpm-lock.yaml tsconfig.base.json ./
COPY packages/server/package.json packages/server/
COPY packages/web/package.json packages/web/
COPY packages/schema/package.json packages/schema/
RUN npx -y pnpm@10.34.8 install --frozen-lockfile
COPY packages packages
RUN npx -y pnpm@10.34.8 run build
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["node", "--enable-source-maps", "packages/server/dist/main.js"]
