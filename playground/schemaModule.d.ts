// The JSON schema the build aliases in: src/schema/ when generated, else fallbackSchema.json.
declare module 'statefulset-studio-schema' {
  const schema: Record<string, unknown>;
  export default schema;
}
