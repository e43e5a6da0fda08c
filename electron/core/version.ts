/** Kept equal to package.json's version by a test; a constant keeps CLI start-up free of file reads. */
export const VERSION = '0.1.0';
export const PRODUCT_NAME = 'Meeting Guard';
