import 'reflect-metadata';

/** Adds a method and the reflection data TypeGraphQL reads for hand-applied decorators. */
export function defineMethod(cls: Function, name: string, impl: (...args: any[]) => unknown, paramTypes: unknown[]): PropertyDescriptor {
  Object.defineProperty(cls.prototype, name, { value: impl, writable: true, configurable: true });
  Reflect.defineMetadata('design:paramtypes', paramTypes, cls.prototype, name);
  Reflect.defineMetadata('design:returntype', Promise, cls.prototype, name);
  return Object.getOwnPropertyDescriptor(cls.prototype, name)!;
}
