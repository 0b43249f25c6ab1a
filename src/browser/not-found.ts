// Browser entry point of the 404 pages: their <script> (src/features/not-found/NotFound.astro) runs this.
import { attachNotFound } from '../features/not-found/ui.ts';

const root = document.querySelector<HTMLElement>('[data-not-found-page]');
if (root) attachNotFound(root);
