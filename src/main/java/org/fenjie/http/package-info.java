/**
 * The Javalin service over a {@link org.fenjie.search.TaskSearch}: {@link org.fenjie.http.FenjieApp}
 * builds it (JSON API, CSV export, static page, CORS, security headers, limits, access log, JSON
 * errors) and {@link org.fenjie.http.FenjieServer} runs it. Javalin and Jetty types stay in here.
 */
package org.fenjie.http;
