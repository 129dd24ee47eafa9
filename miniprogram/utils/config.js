// Backend base URL. `make run` serves the backend on 127.0.0.1:8000; for a device build, set the HTTPS
// domain configured in the mini-program console.
module.exports = {
  baseUrl: 'http://127.0.0.1:8000',
  apiPrefix: '/api/v1',
}
