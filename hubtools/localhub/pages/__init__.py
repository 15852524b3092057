"""The local Hub's HTML pages (model pages, files, commits) and the card renderer they share
with `hubtools card preview`. Import `pages.routes` for the server, `pages.markdown` and
`pages.views` for rendering alone (no Starlette needed)."""
