"""Outside integrations: clients and message formats of the services Cradle talks to.

The core (backend/) never imports this package: it declares a small interface (a port) where it needs an outside
service, and backend.wiring installs the implementation from here. Faces (bots/) and the fakes may use it."""
