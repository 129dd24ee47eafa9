// Loaded before every test file (jest setupFiles): miniprogram-simulate installs the global `wx` and the
// Component/Behavior constructors; helpers.installWx() replaces the wx APIs a test needs with mocks.
require('miniprogram-simulate')
