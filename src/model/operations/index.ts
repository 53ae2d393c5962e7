// Every edit a journey supports, as recipes for the store to apply.
export * from './recipe';
export * from './journey';
export * from './stages';
export * from './lanes';
export * from './cards';
export * from './connectors';
export * from './personas';
export * from './bulk';
export * from './clearCards';
