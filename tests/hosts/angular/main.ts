/**
 * An Angular host (Angular 21, zoneless, compiled ahead of time by @analogjs/vite-plugin-angular
 * inside Vite): bootstraps the standalone component in app.ts.
 */
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app.js';

bootstrapApplication(App).catch((error: unknown) => console.error(error));
