/** The Javalin service: routes, JSON through Gson, errors, CORS and static files. */
package org.fenjie.http;
