package org.fenjie.search;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque, URL-safe token that continues a result list after its last hit (Lucene's
 * searchAfter), so that deep pages cost as little as the first. It records the last hit's sort
 * values — for relevance its score, for deadline order its deadline day, then region, source
 * document and row position, which are unique per row — not a Lucene doc id, so it stays
 * meaningful after the index is re-built and swapped: the walk goes on from the same row. It is
 * bound to its search (query, filters, deadline range and order, by a fingerprint), and anything
 * that does not decode exactly is refused with a {@link BadQueryException}, never an internal error.
 */
final class SearchCursor {

  /** Longest token accepted; real ones are 60 to 200 characters. */
  static final int MAX_CHARS = 1_024;

  private static final byte VERSION = 1;
  private static final int FINGERPRINT_BYTES = 8;
  private static final String INVALID = "参数 cursor 无效：请使用上一页结果中的 nextCursor，原样传回";

  private SearchCursor() {}

  /** The token for the position after {@code last}, a hit of a search in {@code order}. */
  static String encode(SearchRequest request, FieldDoc last, HitOrder order) {
    int i = 0;
    Float score = order == HitOrder.SCORE ? (Float) last.fields[i++] : null;
    Long deadline = order == HitOrder.DEADLINE ? (Long) last.fields[i++] : null;
    BytesRef region = (BytesRef) last.fields[i++];
    BytesRef source = (BytesRef) last.fields[i++];
    long position = (Long) last.fields[i];
    ByteBuffer out = ByteBuffer.allocate(2 + FINGERPRINT_BYTES + 8 + 2 + region.length + 2 + source.length + 8);
    out.put(VERSION).put((byte) order.ordinal()).put(fingerprint(request, order));
    if (score != null) {
      out.putFloat(score);
    }
    if (deadline != null) {
      out.putLong(deadline);
    }
    putBytes(out, region);
    putBytes(out, source);
    out.putLong(position);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(out.array(), out.position()));
  }

  /** The position a token names, checked against the search it is sent with. */
  static FieldDoc decode(String token, SearchRequest request, HitOrder order) {
    if (token.length() > MAX_CHARS) {
      throw new BadQueryException(INVALID);
    }
    ByteBuffer in;
    try {
      in = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token));
    } catch (IllegalArgumentException notBase64) {
      throw new BadQueryException(INVALID);
    }
    try {
      if (in.get() != VERSION) {
        throw new BadQueryException(INVALID);
      }
      byte given = in.get();
      byte[] print = new byte[FINGERPRINT_BYTES];
      in.get(print);
      if (given != order.ordinal() || !MessageDigest.isEqual(print, fingerprint(request, order))) {
        throw new BadQueryException("参数 cursor 属于另一个检索：换了查询词、筛选条件或排序时，请从第一页开始");
      }
      List<Object> fields = new ArrayList<>(4);
      if (order == HitOrder.SCORE) {
        fields.add(in.getFloat());
      }
      if (order == HitOrder.DEADLINE) {
        fields.add(in.getLong());
      }
      fields.add(getBytes(in));
      fields.add(getBytes(in));
      fields.add(in.getLong());
      if (in.hasRemaining()) {
        throw new BadQueryException(INVALID);
      }
      // No doc id: rows are told apart by their sort values alone, and MAX_VALUE makes the row
      // the cursor names itself count as already seen.
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields.toArray());
    } catch (BufferUnderflowException | IllegalArgumentException truncated) {
      throw new BadQueryException(INVALID);
    }
  }

  private static void putBytes(ByteBuffer out, BytesRef value) {
    out.putShort((short) value.length).put(value.bytes, value.offset, value.length);
  }

  private static BytesRef getBytes(ByteBuffer in) {
    int length = in.getShort();
    if (length < 0 || length > in.remaining()) {
      throw new BadQueryException(INVALID);
    }
    byte[] b = new byte[length];
    in.get(b);
    return new BytesRef(b);
  }

  /** The search a cursor belongs to: query text, filters (in a fixed order), deadline range and order. */
  private static byte[] fingerprint(SearchRequest request, HitOrder order) {
    // The order as served: without words relevance and document order are the same walk.
    StringBuilder key = new StringBuilder(request.q()).append('\u0000').append(order).append('\u0000')
        .append(request.deadline());
    new TreeMap<>(request.filters())
        .forEach((dim, values) -> key.append('\u0000').append(dim).append('=').append(values.stream().sorted().toList()));
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, FINGERPRINT_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
