// Runs after the test framework is installed (jest setupFilesAfterEnv): a test that used a recorded backend
// fails when its page broke the recorded contract (tests/contract.js), even if the page swallowed the error.
const { checkCurrent } = require('./contract')

afterEach(() => checkCurrent())
