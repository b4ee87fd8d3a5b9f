import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{packages,studio,scripts,apps,tests}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
