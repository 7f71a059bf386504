// Imported first by the load-time benchmark so Node's one-off loader start-up is not counted.
export {};
