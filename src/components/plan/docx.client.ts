/**
 * The Word export (_client/docx.js, about 70 KB gzipped): the plan adds this
 * script only when the reader asks for a .docx, so nothing of it loads with
 * the page. A classic script, as everything is here, so it works from disk.
 */
import { buildDocx, DOCX_MIME } from '../../lib/pack/docx';

window.cggDocx = { buildDocx, mime: DOCX_MIME };
