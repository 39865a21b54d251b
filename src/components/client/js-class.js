// First in <body>, before anything is drawn: html.js lets CSS show what only JavaScript can use (search, Cite) from the first paint.
document.documentElement.className += ' js';
