import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Relative asset URLs: the build must work from any folder of any web server.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
    environment: 'node',
  },
});
